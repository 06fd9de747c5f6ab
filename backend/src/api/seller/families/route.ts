import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createFamilyWorkflow } from "../../../workflows/family/workflows/create-family"
import { familyForSeller } from "../utils/family-view"
import { loginIdentity } from "../utils/login-email"
import type { SellerCreateFamily } from "../validators"

/**
 * POST /seller/families: with the token from POST /auth/seller/emailpass/register, creates the family (draft)
 * and its first member. Bad input: missing or overlong names, unknown governorate, any field a family may not
 * set (status, handle...): 400 naming it. A login that already has a family: 400.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerCreateFamily>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a family")
  }
  const { id: authIdentityId, email } = await loginIdentity(req)
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an email and password first")
  }

  const { member_name, ...family } = req.validatedBody
  const { result } = await createFamilyWorkflow(req.scope).run({
    input: { auth_identity_id: authIdentityId, email, member_name, family },
  })
  res
    .status(201)
    .json({ family: await familyForSeller(req.scope, result.family.id), member_id: result.member.id })
}
