import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateFamilyProfileWorkflow } from "../../../../workflows/family/workflows/update-family-profile"
import { familyForSeller } from "../../utils/family-view"
import { sellerContext } from "../../utils/seller-context"
import type { SellerUpdateFamily } from "../../validators"

/**
 * POST /seller/families/me: edits the application (public profile and, under `sensitive`, the ministry-only
 * facts) while it is draft or changes_requested. Bad input: 400 naming the field (unknown fields too, such as
 * status or handle). Any other status: 409 naming it.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerUpdateFamily>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { sensitive, ...family } = req.validatedBody
  const { consent, ...facts } = sensitive ?? {}
  await updateFamilyProfileWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      family,
      sensitive: sensitive ? { ...facts, ...(consent ? { consent_given_at: new Date() } : {}) } : undefined,
    },
  })
  res.json({ family: await familyForSeller(req.scope, seller.family_id) })
}
