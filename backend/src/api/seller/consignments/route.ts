import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import { sellerContext } from "../utils/seller-context"
import { sellerConsignmentFields } from "./fields"
import type { SellerConsignmentsQuery } from "./validators"

/**
 * GET /seller/consignments: the caller's family's consignments, newest first, optionally one status.
 * An unknown status, limit outside 1..100 or offset < 0: 400.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, SellerConsignmentsQuery>,
  res: MedusaResponse,
) {
  const seller = await sellerContext(req)
  const { limit, offset, status } = req.validatedQuery
  const [consignments, count] = await req.scope
    .resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
    .listAndCountConsignments(
      { family_id: seller.family_id, ...(status ? { status } : {}) },
      { select: sellerConsignmentFields, skip: offset, take: limit, order: { created_at: "DESC" } },
    )
  res.json({ consignments, count, limit, offset })
}
