import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionFamilyStatusWorkflow } from "../../../../../workflows/family/workflows/transition-family-status"
import { familyForSeller } from "../../../utils/family-view"
import { sellerContext } from "../../../utils/seller-context"

/**
 * POST /seller/families/me/submit: sends the application to the ministry. Incomplete: 400 listing every
 * missing field. Not draft or changes_requested: 409 naming the status. Redis down: 503, nothing changed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  await transitionFamilyStatusWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      transition: "submit",
      actor: { type: "seller", id: seller.member_id },
    },
  })
  res.json({ family: await familyForSeller(req.scope, seller.family_id) })
}
