import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

export type SellerContext = { member_id: string; family_id: string; email: string; role: string }

/** The caller's member row and family: every /seller route scopes its reads and writes to this family. */
export async function sellerContext(req: AuthenticatedMedusaRequest): Promise<SellerContext> {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Register your family first (POST /seller/families)",
    )
  }
  const families = req.scope.resolve<FamilyModuleService>(FAMILY_MODULE)
  const [member] = await families.listFamilyMembers({ id: memberId })
  if (!member)
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login no longer belongs to a family")
  return { member_id: member.id, family_id: member.family_id, email: member.email, role: member.role }
}
