import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { renderBilingual } from "@usra/i18n"
import type { FamilyTransition } from "../../../modules/family/lifecycle"
import { syncCatalogFamilyStep } from "../../catalog/steps/sync-catalog-family"
import { syncFamilyProductVisibilityStep } from "../../family-products/steps/sync-family-product-visibility"
import { enqueueNotificationsStep } from "../../notifications/steps/enqueue-notifications"
import { setFamilyStatusStep } from "../steps/set-family-status"
import { validateFamilyTransitionStep } from "../steps/validate-family-transition"

export type TransitionFamilyStatusInput = {
  family_id: string
  transition: FamilyTransition
  reason?: string | null
  actor: { type: "seller" | "user" | "system"; id: string }
}

export const transitionFamilyStatusWorkflowId = "transition-family-status"

/**
 * Every change of an application's status: validate the rule, move and record it, make the family's products
 * visible in the store exactly while it is approved, emit `family.<status>`, and tell the family in Arabic and
 * English. A failure at any step (Redis down included) undoes the change.
 */
export const transitionFamilyStatusWorkflow = createWorkflow(
  transitionFamilyStatusWorkflowId,
  (input: TransitionFamilyStatusInput) => {
    const checked = validateFamilyTransitionStep(input)
    const statusInput = transform({ input, checked }, ({ input, checked }) => ({
      family_id: input.family_id,
      from: checked.from,
      to: checked.to,
      reason: input.reason,
      actor: input.actor,
    }))
    const event = setFamilyStatusStep(statusInput)
    // In the same workflow, not a subscriber: a suspended family's products must be gone from the store at once.
    const productChanges = syncFamilyProductVisibilityStep(
      transform({ input, checked }, ({ input, checked }) => ({
        family_id: input.family_id,
        family_status: checked.to,
      })),
    )
    // The catalogue's read model and cached answers too (docs/adr/0011-catalogue-read-model.md).
    syncCatalogFamilyStep(
      transform({ input, checked, productChanges }, ({ input, checked, productChanges }) => ({
        family_id: input.family_id,
        previous_status: checked.from,
        product_changes: productChanges,
      })),
    )
    const eventData = transform({ checked, input }, ({ checked, input }) => ({
      eventName: `family.${checked.to}`,
      data: { id: input.family_id, from: checked.from, to: checked.to },
    }))
    emitEventStep(eventData)
    const notifications = transform({ checked, event, input }, ({ checked, event, input }) => {
      const status = renderBilingual(`family_status.${checked.to}` as Parameters<typeof renderBilingual>[0])
      return checked.emails.map((email) => ({
        template: "family_status_changed",
        to: { email },
        locale: "ar" as const,
        idempotency_key: `family-status-${event.id}-${email.replace(/[^a-zA-Z0-9]/g, "_")}`,
        params: {
          family_ar: checked.name_ar,
          family_en: checked.name_en,
          status_ar: status.ar,
          status_en: status.en,
          reason: input.reason?.trim() || "—",
        },
      }))
    })
    enqueueNotificationsStep(notifications)
    return new WorkflowResponse(event)
  },
)
