import type { BuyerOrder } from "@usra/types"

/**
 * The products of an earlier order to put back in the cart, one entry per product (two lines of the same product
 * go back as one, with both quantities); null when a line's product no longer exists, so the order cannot be
 * bought again whole.
 */
export function buyAgainItems(
  lines: Pick<BuyerOrder["items"][number], "variant_id" | "quantity">[],
): { variant_id: string; quantity: number }[] | null {
  const quantities = new Map<string, number>()
  for (const { variant_id, quantity } of lines) {
    if (!variant_id) return null
    quantities.set(variant_id, (quantities.get(variant_id) ?? 0) + quantity)
  }
  if (quantities.size === 0) return null
  return [...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}
