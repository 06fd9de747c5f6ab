import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import type { AdminShipmentsQuery } from "./validators"

/** GET /admin/shipments?status=&order_id=: shipments, newest first. Hub staff and super admins; others 403. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminShipmentsQuery>,
  res: MedusaResponse,
) {
  const { limit, offset, status, order_id } = req.validatedQuery
  const [shipments, count] = await req.scope
    .resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
    .listAndCountShipments(
      { ...(status ? { status } : {}), ...(order_id ? { order_id } : {}) },
      { skip: offset, take: limit, order: { created_at: "DESC" } },
    )
  res.json({ shipments, count, limit, offset })
}
