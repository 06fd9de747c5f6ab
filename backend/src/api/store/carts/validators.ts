import { z } from "zod"

/** A cart's worth of lines in one request; more is not a buyer's cart. */
export const MAX_BATCH_ITEMS = 50
/** The most of one product a buyer can ask for at once; a family's stock is counted in units, not pallets. */
export const MAX_LINE_QUANTITY = 1_000

const BatchItem = z.strictObject({
  variant_id: z
    .string({ error: "variant_id must be a product variant id such as variant_…" })
    .trim()
    .min(1, "variant_id must not be empty")
    .max(100, "variant_id is too long"),
  quantity: z
    .number({ error: "quantity must be a number" })
    // A refinement rather than .int(): Medusa's formatter reports a failed .int() inside a list as "required".
    .refine(Number.isInteger, "quantity must be a whole number")
    .min(1, "quantity must be at least 1")
    .max(MAX_LINE_QUANTITY, `quantity must be at most ${MAX_LINE_QUANTITY}`),
})

/**
 * POST /store/carts/:id/line-items/batch: several products in one request, each priced by the server (a price in
 * the body is an unknown field, refused). A variant listed twice is refused rather than guessed at.
 */
export const StoreAddCartLineItems = z.strictObject({
  items: z
    .array(BatchItem, { error: "items must be a list of { variant_id, quantity }" })
    .min(1, "items must name at least one product")
    .max(MAX_BATCH_ITEMS, `items may name at most ${MAX_BATCH_ITEMS} products`)
    .superRefine((items, context) => {
      const seen = new Set<string>()
      for (const [index, item] of items.entries()) {
        if (seen.has(item.variant_id)) {
          context.addIssue({
            code: "custom",
            path: [index, "variant_id"],
            message: `items[${index}].variant_id is listed twice: send one entry with the total quantity`,
          })
        }
        seen.add(item.variant_id)
      }
    }),
})
export type StoreAddCartLineItems = z.infer<typeof StoreAddCartLineItems>

/** POST /store/carts/:id/place-order takes no body: what is ordered and its price are the cart's, on the server. */
export const StorePlaceOrder = z.strictObject({})
