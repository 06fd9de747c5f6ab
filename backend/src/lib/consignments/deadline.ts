const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** Used when a product does not say how long it takes to make. */
export const DEFAULT_PROCESSING_DAYS = 3

/** A product's `processing_days` from its metadata, or the default when missing or not a whole number >= 0. */
export function processingDaysOf(metadata: Record<string, unknown> | null | undefined): number {
  const days = Number(metadata?.processing_days)
  return Number.isInteger(days) && days >= 0 ? days : DEFAULT_PROCESSING_DAYS
}

/** The drop-off deadline: the order's time plus the processing days of its slowest product. */
export function dropoffDeadline(placedAt: Date, processingDays: number[]): Date {
  const slowest = processingDays.length ? Math.max(...processingDays) : DEFAULT_PROCESSING_DAYS
  return new Date(placedAt.getTime() + slowest * DAY_MS)
}

export type DropoffTiming = { reminderHours: number; graceHours: number }

export type DropoffSchedule = {
  /** Null when the deadline is already closer than the reminder window: the opening notice says it all. */
  reminder: number | null
  escalation: number
  cancel: number
  cancel_at: Date
}

/** The delays (ms from `now`) of a consignment's reminder, escalation and cancellation; never negative. */
export function dropoffSchedule(deadline: Date, now: Date, timing: DropoffTiming): DropoffSchedule {
  const until = (at: number) => Math.max(0, at - now.getTime())
  const reminderAt = deadline.getTime() - timing.reminderHours * HOUR_MS
  const cancelAt = deadline.getTime() + timing.graceHours * HOUR_MS
  return {
    reminder: reminderAt > now.getTime() ? until(reminderAt) : null,
    escalation: until(deadline.getTime()),
    cancel: until(cancelAt),
    cancel_at: new Date(cancelAt),
  }
}
