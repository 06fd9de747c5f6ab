import { z } from "zod"

export const StoreOrderLookup = z.strictObject({
  email: z.email("email must be a valid email address").max(254, "email is too long"),
  display_id: z.coerce
    .number({ error: "display_id must be the order number" })
    .int("display_id must be a whole number")
    .min(1, "display_id must be at least 1")
    .max(2_147_483_647, "display_id is too large"),
})
export type StoreOrderLookup = z.infer<typeof StoreOrderLookup>
