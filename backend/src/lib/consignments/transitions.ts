import type { ConsignmentStatus } from "@usra/types"

export type ConsignmentAction = "ready" | "receive" | "reject" | "cancel"

const RULES: Record<ConsignmentAction, { from: ConsignmentStatus[]; to: ConsignmentStatus; words: string }> =
  {
    ready: { from: ["awaiting_dropoff"], to: "ready", words: "marked ready" },
    receive: { from: ["awaiting_dropoff", "ready"], to: "received", words: "received" },
    reject: { from: ["awaiting_dropoff", "ready"], to: "rejected", words: "rejected" },
    cancel: { from: ["awaiting_dropoff", "ready"], to: "cancelled", words: "cancelled" },
  }

/** The status an action leads to, or the rule it breaks in words a user understands. */
export function consignmentTransition(
  status: ConsignmentStatus,
  action: ConsignmentAction,
): { ok: true; to: ConsignmentStatus } | { ok: false; message: string } {
  const rule = RULES[action]
  if (rule.from.includes(status)) return { ok: true, to: rule.to }
  return {
    ok: false,
    message: `Only a consignment that is ${rule.from.join(" or ")} can be ${rule.words}; this one is ${status}`,
  }
}

/** Consignments still going to the buyer: not cancelled and not rejected. */
export const isLive = (status: string) => status !== "cancelled" && status !== "rejected"
