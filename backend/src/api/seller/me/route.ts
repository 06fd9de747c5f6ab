import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { familyForSeller } from "../utils/family-view"
import { sellerContext } from "../utils/seller-context"

/** GET /seller/me: the caller and its family. No token: 401; a login without a family: 401 saying so. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  res.json({
    member: { id: seller.member_id, email: seller.email, role: seller.role },
    family: await familyForSeller(req.scope, seller.family_id),
  })
}
