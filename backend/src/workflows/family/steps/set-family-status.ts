import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import type { FamilyStatus } from "../../../modules/family/constants"
import type FamilyModuleService from "../../../modules/family/service"

export type SetFamilyStatusInput = {
  family_id: string
  from: FamilyStatus
  to: FamilyStatus
  reason?: string | null
  actor: { type: "seller" | "user" | "system"; id: string }
}

export const setFamilyStatusStepId = "set-family-status"

/** Moves the family to its new status and records who did it and why; compensation puts both back. */
export const setFamilyStatusStep = createStep(
  setFamilyStatusStepId,
  async (input: SetFamilyStatusInput, { container }) => {
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const before = await families.retrieveFamily(input.family_id)
    const now = new Date()
    await families.updateFamilies({
      id: input.family_id,
      status: input.to,
      ...(input.to === "submitted" ? { submitted_at: now } : {}),
      ...(input.to === "approved" && !before.approved_at ? { approved_at: now } : {}),
    })
    const event = await families.createFamilyReviewEvents({
      family_id: input.family_id,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      from_status: input.from,
      to_status: input.to,
      reason: input.reason?.trim() || null,
    })
    return new StepResponse(event, {
      family_id: input.family_id,
      status: before.status,
      submitted_at: before.submitted_at,
      approved_at: before.approved_at,
      event_id: event.id,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    await families.deleteFamilyReviewEvents(previous.event_id)
    await families.updateFamilies({
      id: previous.family_id,
      status: previous.status,
      submitted_at: previous.submitted_at,
      approved_at: previous.approved_at,
    })
  },
)
