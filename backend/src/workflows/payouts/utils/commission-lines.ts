import { type CommissionLine, splitProportionally } from "../../../lib/payouts/commission"

export type SaleLine = { product_id: string; quantity: number; unit_price: number }

/**
 * Each line's share of the sale in fils (split in proportion to its order-currency total, so the shares add up
 * to the sale exactly) at its product's rate: a category's own active rule, the lowest if the product is in
 * several, else the global rule, else nothing.
 */
export function commissionLines(
  sale: number,
  lines: SaleLine[],
  categoriesOf: Map<string, string[]>,
  rates: Map<string | null, number>,
): CommissionLine[] {
  const shares = splitProportionally(
    sale,
    lines.map((line) => line.unit_price * line.quantity),
  )
  const globalRate = rates.get(null) ?? 0
  return lines.map((line, index) => {
    const own = (categoriesOf.get(line.product_id) ?? [])
      .map((category) => rates.get(category))
      .filter((rate): rate is number => rate !== undefined)
    return { amount: shares[index] ?? 0, rate_bps: own.length > 0 ? Math.min(...own) : globalRate }
  })
}
