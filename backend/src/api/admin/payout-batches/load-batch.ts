import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"

/** A batch and its payouts (with full destinations: finance only). Unknown: 404. */
export async function loadBatch(container: MedusaContainer, id: string) {
  const payouts = payoutsService(container)
  const [batch] = await payouts.listPayoutBatches({ id })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch "${id}" was not found`)
  const rows = await payouts.listPayouts({ batch_id: id }, { order: { id: "ASC" }, take: null })
  return { batch, payouts: rows }
}
