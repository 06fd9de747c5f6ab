import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadPayoutFamiliesStep } from "../steps/load-payout-families"
import { returnPayoutStep } from "../steps/return-payout"
import { reverseTransferStep } from "../steps/reverse-transfer"
import { validatePayoutRailStep } from "../steps/validate-payout-rail"
import { payoutNotifications } from "../utils/payout-notifications"

export const cancelPayoutWorkflowId = "cancel-payout"

/**
 * Cancels a Stripe Connect payout: its money returns to the family's balance and, if the transfer already went,
 * the transfer is reversed. Bank/CliQ payouts are failed instead (409 saying so).
 */
export const cancelPayoutWorkflow = createWorkflow(
  cancelPayoutWorkflowId,
  (input: { payout_id: string; reason: string; actor_id: string | null }) => {
    const before = validatePayoutRailStep(
      transform({ input }, ({ input }) => ({
        payout_id: input.payout_id,
        rail: "stripe_connect" as const,
      })),
    )
    const payout = returnPayoutStep(
      transform({ input }, ({ input }) => ({
        payout_id: input.payout_id,
        to: "cancelled" as const,
        from: ["pending" as const, "paid" as const],
        reason: input.reason,
        actor_id: input.actor_id,
      })),
    )
    const families = loadPayoutFamiliesStep(
      transform({ payout }, ({ payout }) => ({ family_ids: [payout.family_id] })),
    )
    reverseTransferStep(
      transform({ before }, ({ before }) => ({
        payout_id: before.id,
        transfer_id: before.stripe_transfer_id ?? null,
      })),
    )
    enqueueNotificationsStep(
      transform({ payout, families, input }, ({ payout, families, input }) =>
        families.flatMap((family) =>
          payoutNotifications(
            { payout_id: payout.id, amount: payout.amount, rail: payout.rail, family },
            { kind: "failed", reason: input.reason },
          ),
        ),
      ),
    )
    return new WorkflowResponse(payout)
  },
)
