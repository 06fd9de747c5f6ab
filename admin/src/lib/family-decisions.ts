import type { FamilyStatus, FamilyTransition } from "@usra/types"

export type Decision = "approve" | "request-changes" | "reject" | "start-review" | "suspend" | "reinstate"

/**
 * The decisions a status allows, as the backend's lifecycle does. From `submitted`, the console starts the review
 * on the reviewer's behalf before approving, rejecting or asking for changes (both steps stay in the history).
 */
export function decisionsFor(status: FamilyStatus): Decision[] {
  switch (status) {
    case "submitted":
      return ["approve", "request-changes", "reject", "start-review"]
    case "under_review":
      return ["approve", "request-changes", "reject"]
    case "approved":
      return ["suspend"]
    case "suspended":
      return ["reinstate"]
    default:
      return []
  }
}

/** The API calls for a decision from a status, in order. */
export function stepsFor(status: FamilyStatus, decision: Decision): FamilyTransition[] {
  if (decision === "start-review") return ["start-review"]
  if (status === "submitted" && ["approve", "request-changes", "reject"].includes(decision)) {
    return ["start-review", decision]
  }
  return [decision]
}

export const REASON_REQUIRED: Decision[] = ["request-changes", "reject", "suspend"]
