import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_FAMILY_FIELDS } from "./public-fields"
import type { StoreFamiliesQuery } from "./validators"
import { familiesSellingIn, visibleProductsByFamily } from "./visible-products"

type StoreRequest = MedusaRequest<unknown, StoreFamiliesQuery> & {
  publishable_key_context?: { sales_channel_ids: string[] }
}

/**
 * GET /store/families?governorate=&category=&limit=&offset=: approved families (public fields only) with how many
 * products each has on sale; `category` keeps families selling at least one product in it. Bad input: an
 * unknown governorate or category handle, limit outside 1..100, unknown parameters: 400 naming them. No
 * publishable key: 400 (Medusa's check).
 */
export async function GET(req: StoreRequest, res: MedusaResponse) {
  const { governorate, category, limit, offset } = req.validatedQuery
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const filters: Record<string, unknown> = { status: "approved" }
  if (governorate) filters.governorate = governorate
  if (category) {
    filters.id = await familiesSellingIn(req.scope, category, salesChannelIds)
    if ((filters.id as string[]).length === 0) {
      res.json({ families: [], count: 0, limit, offset })
      return
    }
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "family",
    fields: [...PUBLIC_FAMILY_FIELDS],
    filters,
    pagination: { skip: offset, take: limit, order: { name_en: "ASC", id: "ASC" } },
  })
  const visible = await visibleProductsByFamily(
    req.scope,
    data.map((family) => family.id as string),
    salesChannelIds,
  )
  res.json({
    families: data.map((family) => ({ ...family, product_count: visible.get(family.id)?.length ?? 0 })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
