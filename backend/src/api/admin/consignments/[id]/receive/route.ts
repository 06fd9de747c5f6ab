import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { itemsOf } from "../../../../../workflows/consignments/utils/services"
import { receiveConsignmentWorkflow } from "../../../../../workflows/consignments/workflows/receive-consignment"
import type { AdminReceiveConsignment } from "../../validators"
import { adminConsignment } from "../../view"

/**
 * POST /admin/consignments/:id/receive {items?}: the family's items are at the hub. With `items`, staff say they
 * checked each line: every line of the consignment must be there and nothing else (400 naming `items`; a
 * consignment with something missing or damaged is rejected instead). Unknown: 404. Not awaiting drop-off or
 * ready: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReceiveConsignment>, res: MedusaResponse) {
  const consignment = await adminConsignment(req.scope, req.params.id as string)
  const checked = req.validatedBody?.items ?? null
  if (checked) {
    const expected = new Set(itemsOf(consignment.items).map((item) => item.line_item_id))
    const given = new Set(checked)
    const unknown = checked.filter((id) => !expected.has(id))
    const missing = [...expected].filter((id) => !given.has(id))
    if (unknown.length || missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items must list every line of the consignment and nothing else${unknown.length ? `; not in it: ${unknown.join(", ")}` : ""}${missing.length ? `; missing: ${missing.join(", ")}` : ""}. Reject the consignment if something is missing or damaged`,
      )
    }
  }
  await receiveConsignmentWorkflow(req.scope).run({
    input: { consignment_id: consignment.id, received_by: req.auth_context.actor_id, checked_items: checked },
  })
  res.json({ consignment: await adminConsignment(req.scope, consignment.id) })
}
