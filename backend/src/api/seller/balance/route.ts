import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readEnv } from "../../../config/env"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import { sellerContext } from "../utils/seller-context"
import { upcomingReleases } from "./upcoming-releases"

/**
 * GET /seller/balance: the caller's family's balance in JOD fils (the sum of its ledger), the payout threshold,
 * and the orders whose money is still to be released.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const [available, upcoming] = await Promise.all([
    payoutsService(req.scope).balanceOf(seller.family_id),
    upcomingReleases(req.scope, seller.family_id),
  ])
  res.json({
    balance: { currency_code: "jod", available, payout_threshold: readEnv().PAYOUT_THRESHOLD_FILS },
    upcoming_releases: upcoming,
  })
}
