import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FamilyTransition } from "../../../modules/family/lifecycle"
import { transitionFamilyStatusWorkflow } from "../../../workflows/family/workflows/transition-family-status"
import { adminFamilyDetailFields } from "./query-config"
import type { AdminFamilyTransition } from "./validators"

/**
 * POST /admin/families/:id/<transition>: one decision on an application. Unknown id: 404. A transition the
 * current status does not allow: 409 naming the status and the rule. Missing reason where one is required: 400.
 */
export function familyTransitionRoute(transition: FamilyTransition) {
  return async (req: AuthenticatedMedusaRequest<AdminFamilyTransition>, res: MedusaResponse) => {
    await transitionFamilyStatusWorkflow(req.scope).run({
      input: {
        family_id: req.params.id as string,
        transition,
        reason: req.validatedBody?.reason,
        actor: { type: "user", id: req.auth_context.actor_id },
      },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "family",
      // The sensitive profile is read (and its reading recorded) only through GET /admin/families/:id.
      fields: adminFamilyDetailFields.filter((field) => !field.startsWith("sensitive_profile.")),
      filters: { id: req.params.id },
    })
    res.json({ family: data[0] })
  }
}
