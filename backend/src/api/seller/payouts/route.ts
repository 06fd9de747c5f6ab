import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"
import { sellerContext } from "../utils/seller-context"
import type { SellerPayoutsQuery } from "./validators"

const FIELDS = ["id", "amount", "rail", "status", "failure_reason", "bank_reference", "paid_at", "created_at"]

/** GET /seller/payouts: the caller's family's payouts, newest first. limit outside 1..100, offset < 0: 400. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerPayoutsQuery>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { limit, offset } = req.validatedQuery
  const [payouts, count] = await payoutsService(req.scope).listAndCountPayouts(
    { family_id: seller.family_id },
    { select: FIELDS, skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  )
  res.json({ payouts, count, limit, offset })
}
