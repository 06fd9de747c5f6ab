import { ConflictError } from "../../lib/errors/conflict-error"
import type { FamilyStatus } from "./constants"

export const FAMILY_TRANSITIONS = {
  submit: { from: ["draft", "changes_requested"], to: "submitted", reasonRequired: false },
  start_review: { from: ["submitted"], to: "under_review", reasonRequired: false },
  approve: { from: ["under_review"], to: "approved", reasonRequired: false },
  reject: { from: ["under_review"], to: "rejected", reasonRequired: true },
  request_changes: { from: ["under_review"], to: "changes_requested", reasonRequired: true },
  suspend: { from: ["approved"], to: "suspended", reasonRequired: true },
  reinstate: { from: ["suspended"], to: "approved", reasonRequired: false },
} as const satisfies Record<string, { from: FamilyStatus[]; to: FamilyStatus; reasonRequired: boolean }>

export type FamilyTransition = keyof typeof FAMILY_TRANSITIONS

/** Statuses in which the family may still edit its application. */
export const EDITABLE_STATUSES: readonly FamilyStatus[] = ["draft", "changes_requested"]

/** Throws a 409 whose message names the current status and the rule. */
export function assertTransition(transition: FamilyTransition, current: FamilyStatus): FamilyStatus {
  const rule = FAMILY_TRANSITIONS[transition]
  if (!(rule.from as readonly FamilyStatus[]).includes(current)) {
    const verb = transition.replace("_", " ")
    throw new ConflictError(
      `Cannot ${verb} a family whose status is "${current}": only a family that is ${rule.from
        .map((status) => `"${status}"`)
        .join(" or ")} can ${verb === "start review" ? "go under review" : `be moved to "${rule.to}"`}`,
    )
  }
  return rule.to
}
