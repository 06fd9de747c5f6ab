import { z } from "zod"
import { pagination } from "../../utils/pagination"

export const SellerReviewsQuery = z.object({
  status: z.enum(["published", "hidden"], { error: "status must be one of: published, hidden" }).optional(),
  ...pagination(),
})
export type SellerReviewsQuery = z.infer<typeof SellerReviewsQuery>

export const SellerReplyReview = z.strictObject({
  text: z
    .string({ error: "text must be text: your answer to the buyer" })
    .trim()
    .min(2, "text must be at least 2 characters")
    .max(2000, "text must be at most 2000 characters"),
})
export type SellerReplyReview = z.infer<typeof SellerReplyReview>

export const SellerPricePreviewQuery = z.object({
  price_jod_fils: z.coerce
    .number({ error: "price_jod_fils must be a number (fils: 1 JOD = 1000)" })
    .int("price_jod_fils must be a whole number (fils: 1 JOD = 1000)")
    .min(1, "price_jod_fils must be at least 1 (fils: 1 JOD = 1000)")
    .max(10_000_000, "price_jod_fils must be at most 10000000 (fils: 1 JOD = 1000)"),
})
export type SellerPricePreviewQuery = z.infer<typeof SellerPricePreviewQuery>
