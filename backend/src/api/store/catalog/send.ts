import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CatalogResponse } from "../../../modules/catalog/service"

export type StoreRequest<Query> = MedusaRequest<unknown, Query> & {
  publishable_key_context?: { sales_channel_ids: string[] }
}

/**
 * Sends the catalogue's JSON text as it is (no parse and re-serialise), with an ETag a browser or CDN can
 * revalidate against; `x-catalog-cache` says whether Redis answered.
 */
export function sendCatalogResponse(req: MedusaRequest, res: MedusaResponse, answer: CatalogResponse) {
  res.setHeader("ETag", answer.etag)
  res.setHeader("Cache-Control", "no-cache")
  res.setHeader("x-catalog-cache", answer.cache)
  if (answer.status === 200 && req.headers["if-none-match"] === answer.etag) {
    res.status(304).end()
    return
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.status(answer.status).end(answer.body)
}
