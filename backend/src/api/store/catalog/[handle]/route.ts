import type { MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../../modules/catalog"
import type CatalogModuleService from "../../../../modules/catalog/service"
import { type StoreRequest, sendCatalogResponse } from "../send"
import type { StoreCatalogProductQuery } from "../validators"

/**
 * GET /store/catalog/:handle?region_id=&lang=: one product's page (the card plus description, materials, every
 * photo, the variant to add to a cart). 404 when the store does not sell it; bad input: 400 naming the field.
 */
export async function GET(req: StoreRequest<StoreCatalogProductQuery>, res: MedusaResponse) {
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const answer = await catalog.detail({
    region_id: req.validatedQuery.region_id,
    handle: req.params.handle,
    lang: req.validatedQuery.lang,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
  })
  sendCatalogResponse(req, res, answer)
}
