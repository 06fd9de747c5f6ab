import { z } from "zod"
import { pagination } from "../../utils/pagination"

const id = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1)
    .max(100)

export const AdminReviewsQuery = z.object({
  status: z.enum(["published", "hidden"], { error: "status must be one of: published, hidden" }).optional(),
  rating: z.coerce
    .number({ error: "rating must be a number" })
    .int("rating must be a whole number from 1 to 5")
    .min(1, "rating must be a whole number from 1 to 5")
    .max(5, "rating must be a whole number from 1 to 5")
    .optional(),
  product_id: id("product_id").optional(),
  family_id: id("family_id").optional(),
  ...pagination(),
})
export type AdminReviewsQuery = z.infer<typeof AdminReviewsQuery>

/** Why a reviewer hides a review, or shows it again: kept with the review and in the audit trail. */
const reason = (why: string) =>
  z
    .string({ error: `reason must be text: say why the review is ${why}` })
    .trim()
    .min(3, `reason must be at least 3 characters: say why the review is ${why}`)
    .max(500, "reason must be at most 500 characters")

export const AdminHideReview = z.strictObject({ reason: reason("hidden") })
export type AdminHideReview = z.infer<typeof AdminHideReview>

export const AdminShowReview = z.strictObject({ reason: reason("shown again") })
export type AdminShowReview = z.infer<typeof AdminShowReview>
