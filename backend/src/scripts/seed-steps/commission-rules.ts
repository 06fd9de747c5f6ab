import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUTS_MODULE } from "../../modules/payouts"
import type PayoutsModuleService from "../../modules/payouts/service"
import type { SeedSummary } from "./summary"

/** Usra's launch commission: 10% on every sale, until finance sets another (globally or per category). */
export const GLOBAL_COMMISSION_BPS = 1_000

/** Creates the global commission rule when there is no active one. */
export async function ensureCommissionRules(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const payouts = container.resolve<PayoutsModuleService>(PAYOUTS_MODULE)
  const [global] = await payouts.listCommissionRules({ category_id: null, active: true })
  if (!global) {
    await payouts.setCommissionRule({ category_id: null, rate_bps: GLOBAL_COMMISSION_BPS, created_by: null })
  }
  summary.record("commission rules", global ? 0 : 1, global ? 1 : 0)
}
