import { z } from "zod"
import { pagination } from "../../utils/pagination"

/** The ministry's queues; a family's drafts are its own and never listed here. */
export const MODERATION_STATUSES = ["pending_review", "changes_requested", "published"] as const

export const AdminListingsQuery = z.object({
  status: z
    .enum(MODERATION_STATUSES, { error: `status must be one of: ${MODERATION_STATUSES.join(", ")}` })
    .default("pending_review"),
  ...pagination(),
})
export type AdminListingsQuery = z.infer<typeof AdminListingsQuery>

export const AdminApproveListing = z.strictObject({})

export const AdminRequestListingChanges = z.strictObject({
  reason: z
    .string({ error: "reason must be text: say what the family should change" })
    .trim()
    .min(1, "reason must not be empty: say what the family should change")
    .max(2000, "reason must be at most 2000 characters"),
})
export type AdminRequestListingChanges = z.infer<typeof AdminRequestListingChanges>
