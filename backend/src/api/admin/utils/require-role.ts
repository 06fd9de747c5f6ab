import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const MINISTRY_ROLES = ["reviewer", "finance", "hub", "super_admin"] as const
export type MinistryRole = (typeof MINISTRY_ROLES)[number]

/** The ministry role of the logged-in user (kept in the user's metadata), or undefined for none. */
export async function ministryRole(req: AuthenticatedMedusaRequest): Promise<MinistryRole | undefined> {
  const userId = req.auth_context?.actor_id
  if (!userId) return undefined
  const [user] = await req.scope
    .resolve(Modules.USER)
    .listUsers({ id: userId }, { select: ["id", "metadata"] })
  const role = user?.metadata?.role
  return MINISTRY_ROLES.includes(role as MinistryRole) ? (role as MinistryRole) : undefined
}

/** Lets the request through only for the given roles; super_admin may do everything. */
export function requireRole(...roles: MinistryRole[]) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const role = await ministryRole(req)
    if (role === "super_admin" || (role && roles.includes(role))) return next()
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This action needs the ${roles.join(" or ")} role${role ? `; your role is ${role}` : "; you have no ministry role"}`,
      ),
    )
  }
}
