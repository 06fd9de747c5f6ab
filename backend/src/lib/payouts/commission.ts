/** Basis points: 10000 = 100%. */
export const BPS = 10_000

/** `amount × bps / 10000`, rounded half up, in integers only. */
export function applyBps(amount: number, bps: number): number {
  return share(amount, bps, BPS)
}

/** `amount × numerator / denominator`, rounded half away from zero, exactly (no floats). 0 when denominator is 0. */
export function share(amount: number, numerator: number, denominator: number): number {
  if (denominator === 0) return 0
  const negative = amount < 0 !== numerator < 0
  const n = BigInt(Math.abs(amount)) * BigInt(Math.abs(numerator))
  const d = BigInt(Math.abs(denominator))
  const rounded = Number((n * 2n + d) / (d * 2n))
  return negative ? -rounded : rounded
}

export type CommissionLine = { amount: number; rate_bps: number }

/** Commission on a sale: each line at its own rate, summed. Positive number of fils. */
export function commissionOf(lines: CommissionLine[]): number {
  return lines.reduce((sum, line) => sum + applyBps(line.amount, line.rate_bps), 0)
}

/**
 * The commission handed back with a refund, as the difference of the commission on everything refunded after
 * and before it; so refunds adding up to the whole sale hand back exactly the whole commission.
 */
export function commissionReturned(
  sale: number,
  commission: number,
  refundedBefore: number,
  refund: number,
): number {
  return share(refundedBefore + refund, commission, sale) - share(refundedBefore, commission, sale)
}

/** Splits `total` over `weights` proportionally; the parts add up to `total` exactly (largest remainders). */
export function splitProportionally(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0) return weights.map(() => 0)
  const exact = weights.map((weight) => (BigInt(total) * BigInt(weight) * 1000n) / BigInt(sum))
  const parts = exact.map((value) => Number(value / 1000n))
  let left = total - parts.reduce((a, b) => a + b, 0)
  const order = exact
    .map((value, index) => ({ index, rest: Number(value % 1000n) }))
    .sort((a, b) => b.rest - a.rest)
  for (let i = 0; left > 0 && i < order.length; i++, left--) parts[order[i]?.index ?? 0] += 1
  return parts
}
