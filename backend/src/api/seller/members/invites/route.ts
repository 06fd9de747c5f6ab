import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../../../config/env"
import { inviteFamilyMemberWorkflow } from "../../../../workflows/family/workflows/invite-family-member"
import { sellerContext } from "../../utils/seller-context"
import type { SellerInviteMember } from "../../validators"

/** POST /seller/members/invites: the family's owner invites a second member by email. Bad email: 400; not the owner: 403. */
export async function POST(req: AuthenticatedMedusaRequest<SellerInviteMember>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  if (seller.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the family's owner can invite members")
  }
  const { result } = await inviteFamilyMemberWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      email: req.validatedBody.email,
      storefront_url: readEnv().STOREFRONT_URL,
    },
  })
  res.status(201).json({ invite: result })
}
