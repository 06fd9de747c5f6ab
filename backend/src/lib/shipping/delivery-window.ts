/** A product without `metadata.processing_days` (only possible outside the family portal) takes this long. */
export const DEFAULT_PROCESSING_DAYS = 7

export type DayRange = { min: number; max: number }

/** Days the slowest family in the cart needs before its goods reach the hub. */
export function slowestProcessingDays(
  products: readonly { metadata?: Record<string, unknown> | null }[],
): number {
  let slowest = 0
  for (const product of products) {
    const days = Number(product.metadata?.processing_days)
    slowest = Math.max(slowest, Number.isSafeInteger(days) && days >= 0 ? days : DEFAULT_PROCESSING_DAYS)
  }
  return slowest
}

/** Making (the slowest family) plus the zone's transit time. */
export function deliveryWindow(processingDays: number, transit: DayRange): DayRange {
  return { min: processingDays + transit.min, max: processingDays + transit.max }
}
