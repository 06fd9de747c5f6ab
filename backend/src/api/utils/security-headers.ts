import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Headers every API answer carries: the API serves JSON (and a few files), never pages to be framed or sniffed
 * into something else. HSTS only in production, where the API is served over HTTPS.
 */
export function securityHeaders(production: boolean) {
  return (_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.setHeader("X-Content-Type-Options", "nosniff")
    res.setHeader("X-Frame-Options", "DENY")
    res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    res.setHeader("Referrer-Policy", "no-referrer")
    res.removeHeader("X-Powered-By")
    if (production) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
    next()
  }
}
