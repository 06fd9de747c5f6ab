import { UnrecoverableError } from "bullmq"
import { connectStripe, isPermanentStripeError } from "../../lib/payouts/stripe"
import { payoutsService } from "../../workflows/payouts/utils/payouts-service"
import { completeStripePayoutWorkflow } from "../../workflows/payouts/workflows/complete-stripe-payout"
import { returnPayoutWorkflow } from "../../workflows/payouts/workflows/return-payout"
import type { JobHandler } from "../define-job"
import type { sendTransferJob } from "./send-transfer"

/**
 * One Stripe transfer per payout: the payout id is the idempotency key, so a retry (or the job enqueued again
 * after it left Redis) replays the same transfer instead of sending a second. A payout cancelled while the
 * transfer was on its way has the transfer reversed at once. Stripe refusing it fails the payout and returns the
 * money to the family's balance.
 */
export const sendTransfer: JobHandler<typeof sendTransferJob.payload> = async ({ payload, container }) => {
  const payouts = payoutsService(container)
  const [payout] = await payouts.listPayouts({ id: payload.payout_id })
  if (!payout) throw new UnrecoverableError(`Payout ${payload.payout_id} was not found`)
  if (payout.rail !== "stripe_connect")
    throw new UnrecoverableError(`Payout ${payout.id} is not a Stripe payout`)
  if (payout.status !== "pending") return `nothing to do: the payout is ${payout.status}`
  const destination = (payout.destination as { stripe_account_id?: string }).stripe_account_id
  const stripe = connectStripe()
  let transferId: string
  try {
    const transfer = await stripe.transfers.create(
      {
        amount: payout.amount,
        currency: "jod",
        destination: destination ?? "",
        transfer_group: payout.run_id,
        metadata: { payout_id: payout.id, family_id: payout.family_id },
      },
      { idempotencyKey: payout.id },
    )
    transferId = transfer.id
  } catch (error) {
    if (!isPermanentStripeError(error)) throw error
    await returnPayoutWorkflow(container).run({
      input: {
        payout_id: payout.id,
        rail: "stripe_connect",
        reason: `Stripe refused the transfer: ${(error as Error).message}`,
        actor_id: null,
      },
    })
    return "Stripe refused the transfer: the payout failed and the money is back in the balance"
  }
  const { result } = await completeStripePayoutWorkflow(container).run({
    input: { payout_id: payout.id, transfer_id: transferId },
  })
  if (result.paid) return `transferred (${transferId})`
  // Cancelled while the transfer was being made: take it back.
  await stripe.transfers.createReversal(transferId, {}, { idempotencyKey: `${payout.id}-reversal` })
  return `the payout was cancelled meanwhile: transfer ${transferId} reversed`
}
