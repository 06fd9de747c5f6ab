import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import type { AdminConsignmentsQuery } from "./validators"
import { withFamilies } from "./view"

/**
 * GET /admin/consignments?status=&hub=&code=&order_id=&family_id=: consignments by drop-off deadline, soonest
 * first. Hub staff and super admins; other roles 403. A malformed code or unknown status: 400.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminConsignmentsQuery>,
  res: MedusaResponse,
) {
  const { limit, offset, ...filters } = req.validatedQuery
  const where = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  const [rows, count] = await req.scope
    .resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
    .listAndCountConsignments(where, { skip: offset, take: limit, order: { dropoff_deadline: "ASC" } })
  res.json({ consignments: await withFamilies(req.scope, rows), count, limit, offset })
}
