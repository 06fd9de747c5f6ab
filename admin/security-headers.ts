// The console's response headers, one definition for every server that hands out its files: `vite preview`
// (npm start), the e2e stack's static server and, rendered for the production API origin, the k8s console's nginx
// (infra/k8s/base/console.yaml; infra/k8s/__tests__ checks it says the same).

/**
 * The policy for a console that talks to the API at `apiOrigin` (e.g. https://api.usra.jo) and shows product photos
 * from `imageOrigins` too (the file bucket, when files are not served by the API).
 */
export function contentSecurityPolicy(apiOrigin: string, imageOrigins: string[] = []): string {
  const api = new URL(apiOrigin).origin
  const images = imageOrigins.map((origin) => ` ${new URL(origin).origin}`).join("")
  return [
    "default-src 'self'",
    // Only the built bundle: no inline script, no eval.
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    `connect-src 'self' ${api}`,
    // Product photos and family documents come from the API; documents are shown from blob: URLs.
    `img-src 'self' data: blob: ${api}${images}`,
    // A PDF document is shown from a blob: URL in a frame (the API itself refuses to be framed).
    "frame-src blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

export function securityHeaders(apiOrigin: string, imageOrigins: string[] = []): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(apiOrigin, imageOrigins),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The camera is for scanning consignment codes at the hub; nothing else is asked for.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
  }
}

/** Written next to the built files, so a server of dist/ sends the policy for the API the bundle was built for. */
export const HEADERS_FILE = "security-headers.json"
