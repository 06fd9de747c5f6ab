import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import { setPayoutAccountWorkflow } from "../../../workflows/payouts/workflows/set-payout-account"
import { syncStripeOnboardingWorkflow } from "../../../workflows/payouts/workflows/sync-stripe-onboarding"
import { sellerContext } from "../utils/seller-context"
import type { SellerSetPayoutAccount } from "./validators"
import { payoutAccountView } from "./view"

async function ownAccount(req: AuthenticatedMedusaRequest, familyId: string) {
  const [account] = await payoutsService(req.scope).listPayoutAccounts({ family_id: familyId })
  return account
}

/**
 * GET /seller/payout-account: the family's payout account (IBAN and alias masked), or null. A Stripe account
 * still onboarding is checked with Stripe first.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const account = await ownAccount(req, seller.family_id)
  if (account?.stripe_account_id && account.onboarding_status !== "complete") {
    await syncStripeOnboardingWorkflow(req.scope).run({ input: { family_id: seller.family_id } })
  }
  res.json({ payout_account: payoutAccountView(await ownAccount(req, seller.family_id)) })
}

/**
 * POST /seller/payout-account `{ account_holder_name, iban | cliq_alias }`: be paid by bank transfer or CliQ.
 * A bad IBAN checksum or length, a bad alias, both or neither, any other field: 400 naming it.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerSetPayoutAccount>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const body = req.validatedBody
  await setPayoutAccountWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      rail: "bank_cliq",
      account_holder_name: body.account_holder_name,
      iban: body.iban ?? null,
      cliq_alias: body.cliq_alias ?? null,
    },
  })
  res.json({ payout_account: payoutAccountView(await ownAccount(req, seller.family_id)) })
}
