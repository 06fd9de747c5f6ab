import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadPayoutStep } from "../steps/load-payout"
import { loadPayoutFamiliesStep } from "../steps/load-payout-families"
import { markPayoutTransferredStep } from "../steps/mark-payout-transferred"
import { payoutNotifications } from "../utils/payout-notifications"

export const completeStripePayoutWorkflowId = "complete-stripe-payout"

/** A Stripe transfer went out: the payout is paid and the family told. */
export const completeStripePayoutWorkflow = createWorkflow(
  completeStripePayoutWorkflowId,
  (input: { payout_id: string; transfer_id: string }) => {
    const paid = markPayoutTransferredStep(input)
    const payout = loadPayoutStep(input)
    const families = loadPayoutFamiliesStep(
      transform({ payout, paid }, ({ payout, paid }) => ({
        family_ids: paid && payout ? [payout.family_id] : [],
      })),
    )
    enqueueNotificationsStep(
      transform({ payout, families }, ({ payout, families }) =>
        payout
          ? families.flatMap((family) =>
              payoutNotifications(
                { payout_id: payout.id, amount: payout.amount, rail: payout.rail, family },
                { kind: "paid" },
              ),
            )
          : [],
      ),
    )
    return new WorkflowResponse(transform({ paid }, ({ paid }) => ({ paid })))
  },
)
