import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MINISTRY_ROLES, type MinistryRole } from "../utils/require-role"

/**
 * GET /admin/me: the logged-in ministry user and their role (null for a user without one, who may log in but is
 * refused by every role-guarded route). The console shows each screen and action by this role.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [user] = await req.scope
    .resolve(Modules.USER)
    .listUsers(
      { id: req.auth_context.actor_id },
      { select: ["id", "email", "first_name", "last_name", "metadata"] },
    )
  if (!user) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "The logged-in user no longer exists")
  const role = user.metadata?.role
  res.json({
    user: {
      id: user.id,
      email: user.email,
      first_name: user.first_name ?? null,
      last_name: user.last_name ?? null,
      role: MINISTRY_ROLES.includes(role as MinistryRole) ? (role as MinistryRole) : null,
    },
  })
}
