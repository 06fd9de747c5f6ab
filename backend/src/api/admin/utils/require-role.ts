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

type Middleware = (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * A route's declared role rule. The guard carries the roles it lets through, so the ownership suite
 * (integration-tests/http/security/ownership.spec.ts) can find the rule of every /admin route and try the others.
 */
export type RoleGuard = Middleware & { roles: readonly MinistryRole[]; anyAdminUser?: true }

/** Lets the request through only for the given roles; super_admin may do everything. */
export function requireRole(...roles: MinistryRole[]): RoleGuard {
  const guard = async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const role = await ministryRole(req)
    if (role === "super_admin" || (role && roles.includes(role))) return next()
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This action needs the ${roles.join(" or ")} role${role ? `; your role is ${role}` : "; you have no ministry role"}`,
      ),
    )
  }
  return Object.assign(guard, { roles: [...roles, "super_admin"] as MinistryRole[] })
}

/**
 * Declares a route open to every logged-in admin user, with or without a ministry role (Medusa's admin login is
 * still required): for routes that answer each caller about themselves or only the parts their role works on.
 */
export function anyAdminUser(): RoleGuard {
  const pass = (_req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => next()
  return Object.assign(pass, { roles: [...MINISTRY_ROLES], anyAdminUser: true as const })
}
