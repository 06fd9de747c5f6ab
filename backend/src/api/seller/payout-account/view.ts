import { maskTail } from "../../../lib/payouts/mask"

type Account = {
  rail: string
  iban: string | null
  cliq_alias: string | null
  account_holder_name: string
  stripe_account_id: string | null
  onboarding_status: string
  updated_at?: Date | string
}

/** What a family sees of its payout account: the IBAN and alias masked but for their last 4 characters. */
export function payoutAccountView(account: Account | null | undefined) {
  if (!account) return null
  return {
    rail: account.rail,
    iban: maskTail(account.iban),
    cliq_alias: maskTail(account.cliq_alias),
    account_holder_name: account.account_holder_name,
    stripe_connected: Boolean(account.stripe_account_id),
    onboarding_status: account.onboarding_status,
    updated_at: account.updated_at ?? null,
  }
}
