import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminFamilyListFields } from "./query-config"
import type { AdminFamiliesQuery } from "./validators"

/**
 * GET /admin/families?status=&governorate=&q=&limit=&offset=&order=: the application queue (oldest submission
 * first by default). Bad input: unknown status/governorate/order, limit outside 1..100: 400 naming the field.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminFamiliesQuery>, res: MedusaResponse) {
  const { limit, offset, status, governorate, q, order } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (governorate) filters.governorate = governorate
  if (q) {
    const like = { $ilike: `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` }
    filters.$or = [{ name_en: like }, { name_ar: like }, { handle: like }, { community_centre: like }]
  }
  const sort = order ?? "submitted_at"
  const field = sort.replace(/^-/, "")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "family",
    fields: adminFamilyListFields,
    filters,
    pagination: {
      skip: offset,
      take: limit,
      order: { [field]: sort.startsWith("-") ? "DESC" : "ASC", id: "ASC" },
    },
  })
  res.json({ families: data, count: metadata?.count ?? data.length, limit, offset })
}
