import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminFailedJobsQuery } from "../validators"

/**
 * GET /admin/jobs/failed: jobs that failed for good, newest first.
 * Bad input: a non-numeric or out-of-range limit/offset, an unknown queue or order: 400 naming the field.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminFailedJobsQuery>,
  res: MedusaResponse,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip, take } = req.queryConfig.pagination
  const descending = req.validatedQuery.order !== "failed_at"
  const { data, metadata } = await query.graph({
    entity: "failed_job",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { skip, take, order: { failed_at: descending ? "DESC" : "ASC", id: "ASC" } },
  })
  res.json({ failed_jobs: data, count: metadata?.count ?? data.length, limit: take, offset: skip })
}
