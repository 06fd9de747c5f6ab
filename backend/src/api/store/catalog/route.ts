import type { MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { type StoreRequest, sendCatalogResponse } from "./send"
import type { StoreCatalogQuery } from "./validators"

/**
 * GET /store/catalog?region_id=&lang=&category=&governorate=&family=&min_price=&max_price=&q=&sort=&limit=&offset|page=
 * Listing cards (title in `lang`, price in the region's currency in minor units, first image, family, rating,
 * stock) from the catalogue's read model, cached whole in Redis. Bad input: 400 naming the field.
 */
export async function GET(req: StoreRequest<StoreCatalogQuery>, res: MedusaResponse) {
  const query = req.validatedQuery
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const answer = await catalog.listing({
    region_id: query.region_id,
    lang: query.lang,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    category: query.category,
    governorate: query.governorate,
    family: query.family,
    min_price: query.min_price,
    max_price: query.max_price,
    q: query.q,
    sort: query.sort,
    limit: query.limit,
    offset: query.page !== undefined ? (query.page - 1) * query.limit : (query.offset ?? 0),
  })
  sendCatalogResponse(req, res, answer)
}
