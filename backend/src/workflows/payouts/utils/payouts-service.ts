import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"

export const payoutsService = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<PayoutsModuleService>(PAYOUTS_MODULE)
