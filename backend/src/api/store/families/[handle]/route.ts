import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { PUBLIC_FAMILY_FIELDS, publicMetadata } from "../public-fields"
import type { StoreFamilyQuery } from "../validators"
import { visibleProductsByFamily } from "../visible-products"

type StoreRequest = MedusaRequest<unknown, StoreFamilyQuery> & {
  publishable_key_context?: { sales_channel_ids: string[] }
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "weight",
  "metadata",
  "created_at",
  "images.id",
  "images.url",
  "images.rank",
  "categories.id",
  "categories.handle",
  "variants.id",
  "variants.title",
]

async function pricingContext(req: StoreRequest) {
  const regionId = req.validatedQuery.region_id
  if (!regionId) return undefined
  const [region] = await req.scope
    .resolve(Modules.REGION)
    .listRegions({ id: regionId }, { select: ["id", "currency_code"] })
  if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region "${regionId}"`)
  return { region_id: region.id, currency_code: region.currency_code }
}

/**
 * GET /store/families/:handle?region_id=&limit=&offset=: an approved family's public profile and the products it
 * has on sale, priced in the region's currency when region_id is given. Unknown, unapproved or suspended
 * family: 404. Unknown region_id, limit outside 1..100, unknown parameters: 400 naming them.
 */
export async function GET(req: StoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: families } = await query.graph({
    entity: "family",
    fields: [...PUBLIC_FAMILY_FIELDS],
    filters: { handle: req.params.handle, status: "approved" },
  })
  const family = families[0]
  if (!family)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Family "${req.params.handle}" was not found`)

  const { limit, offset } = req.validatedQuery
  const pricing = await pricingContext(req)
  const ids =
    (
      await visibleProductsByFamily(
        req.scope,
        [family.id],
        req.publishable_key_context?.sales_channel_ids ?? [],
      )
    ).get(family.id) ?? []
  const { data: products, metadata } = ids.length
    ? await query.graph({
        entity: "product",
        fields: pricing ? [...PRODUCT_FIELDS, "variants.calculated_price.*"] : PRODUCT_FIELDS,
        filters: { id: ids },
        pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
        ...(pricing ? { context: { variants: { calculated_price: QueryContext(pricing) } } } : {}),
      })
    : { data: [], metadata: { count: 0 } }

  res.json({
    family: {
      ...family,
      product_count: ids.length,
      products: products.map((product) => ({ ...product, metadata: publicMetadata(product.metadata) })),
    },
    count: metadata?.count ?? products.length,
    limit,
    offset,
  })
}
