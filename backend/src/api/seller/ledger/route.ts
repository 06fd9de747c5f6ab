import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import type { SellerLedgerQuery } from "../payouts/validators"
import { sellerContext } from "../utils/seller-context"

const FIELDS = [
  "id",
  "order_id",
  "kind",
  "amount",
  "reference",
  "description_ar",
  "description_en",
  "created_at",
]

/**
 * GET /seller/ledger: the caller's family's ledger lines in JOD fils, newest first, and the balance they add up
 * to. limit outside 1..100, offset < 0: 400.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerLedgerQuery>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { limit, offset } = req.validatedQuery
  const payouts = payoutsService(req.scope)
  const [[entries, count], balance] = await Promise.all([
    payouts.listAndCountLedgerEntries(
      { family_id: seller.family_id },
      { select: FIELDS, skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
    ),
    payouts.balanceOf(seller.family_id),
  ])
  res.json({ entries, count, limit, offset, balance })
}
