import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { loadPayoutFamiliesStep } from "../steps/load-payout-families"
import { returnPayoutStep } from "../steps/return-payout"
import { validatePayoutRailStep } from "../steps/validate-payout-rail"
import { payoutNotifications } from "../utils/payout-notifications"

export const returnPayoutWorkflowId = "return-payout"

/** Payouts that may still fail: not yet paid (a bank rejecting a file line, Stripe refusing a transfer). */
const FAILABLE = ["pending", "approved", "sent"] as const

/**
 * A payout that did not reach the family: failed (with the reason) and its money back in the balance, and the
 * family told in Arabic and English.
 */
export const returnPayoutWorkflow = createWorkflow(
  returnPayoutWorkflowId,
  (input: {
    payout_id: string
    rail: "bank_cliq" | "stripe_connect"
    reason: string
    actor_id: string | null
  }) => {
    validatePayoutRailStep(
      transform({ input }, ({ input }) => ({ payout_id: input.payout_id, rail: input.rail })),
    )
    const payout = returnPayoutStep(
      transform({ input }, ({ input }) => ({
        payout_id: input.payout_id,
        to: "failed" as const,
        from: [...FAILABLE],
        reason: input.reason,
        actor_id: input.actor_id,
      })),
    )
    const families = loadPayoutFamiliesStep(
      transform({ payout }, ({ payout }) => ({ family_ids: [payout.family_id] })),
    )
    enqueueNotificationsStep(
      transform({ payout, families, input }, ({ payout, families, input }) => {
        const family = families[0]
        if (!family) return []
        return payoutNotifications(
          { payout_id: payout.id, amount: payout.amount, rail: payout.rail, family },
          { kind: "failed", reason: input.reason },
        )
      }),
    )
    return new WorkflowResponse(payout)
  },
)
