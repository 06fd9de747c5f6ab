import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GET as impact } from "../route"
import type { AdminImpactQuery } from "../validators"

/** GET /admin/impact/export.csv?from=&to=&group_by=: the same as /admin/impact with format=csv. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminImpactQuery>, res: MedusaResponse) {
  req.validatedQuery = { ...req.validatedQuery, format: "csv" }
  return impact(req, res)
}
