import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"

export type PayoutAccountFields = {
  family_id: string
  rail?: "bank_cliq" | "stripe_connect"
  iban?: string | null
  cliq_alias?: string | null
  account_holder_name?: string
  stripe_account_id?: string | null
  onboarding_status?: "not_started" | "pending" | "complete"
}

export const savePayoutAccountStepId = "save-payout-account"

const FIELDS = [
  "id",
  "family_id",
  "rail",
  "iban",
  "cliq_alias",
  "account_holder_name",
  "stripe_account_id",
  "onboarding_status",
] as const

/** Creates or changes the family's one payout account; compensation puts back what was there (or nothing). */
export const savePayoutAccountStep = createStep(
  savePayoutAccountStepId,
  async (input: PayoutAccountFields, { container }) => {
    const payouts = payoutsService(container)
    const [before] = await payouts.listPayoutAccounts({ family_id: input.family_id }, { select: [...FIELDS] })
    const saved = before
      ? await payouts.updatePayoutAccounts({ ...input, id: before.id })
      : await payouts.createPayoutAccounts({ account_holder_name: "", ...input })
    return new StepResponse(saved, { before: before ?? null, id: saved.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const payouts = payoutsService(container)
    if (undo.before) await payouts.updatePayoutAccounts(undo.before)
    else await payouts.deletePayoutAccounts(undo.id)
  },
)
