import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelConsignmentWorkflow } from "../../../../../workflows/consignments/workflows/cancel-consignment"
import type { AdminRejectConsignment } from "../../validators"
import { adminConsignment } from "../../view"

/**
 * POST /admin/consignments/:id/reject {reason}: hub staff refuse the goods. Treated like a cancellation for the
 * order: the consignment's lines are refunded to the buyer and their stock released (the whole order is
 * cancelled when nothing else is left to send). No or too short reason: 400 naming `reason`. Unknown: 404.
 * Already received, rejected or cancelled: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectConsignment>, res: MedusaResponse) {
  const consignment = await adminConsignment(req.scope, req.params.id as string)
  const reason = req.validatedBody.reason
  await cancelConsignmentWorkflow(req.scope).run({
    input: {
      consignment_id: consignment.id,
      action: "reject",
      reason: { ar: reason, en: reason },
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ consignment: await adminConsignment(req.scope, consignment.id) })
}
