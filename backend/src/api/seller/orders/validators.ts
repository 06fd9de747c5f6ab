import { z } from "zod"

export const SellerOrdersQuery = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(20),
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be a whole number")
    .min(0, "offset must be 0 or more")
    .max(1_000_000, "offset must be at most 1000000")
    .default(0),
})
export type SellerOrdersQuery = z.infer<typeof SellerOrdersQuery>
