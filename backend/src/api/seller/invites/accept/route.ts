import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptFamilyInviteWorkflow } from "../../../../workflows/family/workflows/accept-family-invite"
import { loginIdentity } from "../../utils/login-email"
import type { SellerAcceptInvite } from "../../validators"

/**
 * POST /seller/invites/accept: with a freshly registered seller token, joins the family that invited this email.
 * Unknown, expired, used, or other-email token: 404. A login already in a family: 400.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerAcceptInvite>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a family")
  }
  const identity = await loginIdentity(req)
  const email = identity.email ?? ""
  const { result } = await acceptFamilyInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, email, auth_identity_id: identity.id },
  })
  res.status(201).json({ member: { id: result.id, email: result.email, role: result.role } })
}
