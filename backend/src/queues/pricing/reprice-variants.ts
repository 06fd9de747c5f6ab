import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { repriceVariantsWorkflow } from "../../workflows/pricing/workflows/reprice-variants"

// Rates are read and prices written under one lock, so a batch that read older rates can never write after
// a batch that read newer ones: the last rate change always wins.
const PRICE_WRITE_LOCK = "usra-pricing-price-write"
const LOCK_WAIT_SECONDS = 60

export type RepriceSummary = { changed: number; unchanged: number; skipped: string[] }

export async function repriceVariants(
  container: MedusaContainer,
  variantIds: string[],
): Promise<RepriceSummary> {
  if (variantIds.length === 0) return { changed: 0, unchanged: 0, skipped: [] }
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    PRICE_WRITE_LOCK,
    async () => {
      const { result } = await repriceVariantsWorkflow(container).run({ input: { variant_ids: variantIds } })
      return result
    },
    { timeout: LOCK_WAIT_SECONDS },
  )
}
