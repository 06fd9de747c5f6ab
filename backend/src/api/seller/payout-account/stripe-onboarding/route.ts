import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readEnv } from "../../../../config/env"
import { FAMILY_MODULE } from "../../../../modules/family"
import type FamilyModuleService from "../../../../modules/family/service"
import { startStripeOnboardingWorkflow } from "../../../../workflows/payouts/workflows/start-stripe-onboarding"
import { sellerContext } from "../../utils/seller-context"
import { payoutAccountView } from "../view"

/**
 * POST /seller/payout-account/stripe-onboarding: switches the family to Stripe Connect (its connected account is
 * created once) and answers a link to Stripe's onboarding; payouts go there once onboarding is finished. Any body
 * field: 400; Stripe not configured: 400.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const family = await req.scope.resolve<FamilyModuleService>(FAMILY_MODULE).retrieveFamily(seller.family_id)
  const portal = `${readEnv().STOREFRONT_URL.replace(/\/+$/, "")}/sell/payouts`
  const { result } = await startStripeOnboardingWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      email: seller.email,
      account_holder_name: family.name_en,
      return_url: `${portal}?onboarding=done`,
      refresh_url: `${portal}?onboarding=refresh`,
    },
  })
  res.json({ payout_account: payoutAccountView(result.account), account_link: result.link })
}
