import { describe, expect, it } from "vitest"
import { DEFAULT_PROCESSING_DAYS, dropoffDeadline, dropoffSchedule, processingDaysOf } from "../deadline"

const HOUR = 3_600_000
const placed = new Date("2026-12-01T10:00:00.000Z")

describe("the drop-off deadline", () => {
  it("follows the slowest product of the consignment", () => {
    expect(dropoffDeadline(placed, [2, 7, 3]).toISOString()).toBe("2026-12-08T10:00:00.000Z")
    expect(dropoffDeadline(placed, [0]).toISOString()).toBe(placed.toISOString())
  })

  it("uses the default processing time when no product says", () => {
    expect(dropoffDeadline(placed, []).getTime() - placed.getTime()).toBe(DEFAULT_PROCESSING_DAYS * 24 * HOUR)
    expect(processingDaysOf({ processing_days: 14 })).toBe(14)
    expect(processingDaysOf({ processing_days: "5" })).toBe(5)
    expect(processingDaysOf({ processing_days: -1 })).toBe(DEFAULT_PROCESSING_DAYS)
    expect(processingDaysOf({ processing_days: 2.5 })).toBe(DEFAULT_PROCESSING_DAYS)
    expect(processingDaysOf(null)).toBe(DEFAULT_PROCESSING_DAYS)
  })
})

describe("the drop-off schedule", () => {
  const timing = { reminderHours: 24, graceHours: 48 }

  it("reminds before the deadline, escalates at it and cancels after the grace period", () => {
    const deadline = new Date(placed.getTime() + 72 * HOUR)
    const schedule = dropoffSchedule(deadline, placed, timing)
    expect(schedule).toEqual({
      reminder: 48 * HOUR,
      escalation: 72 * HOUR,
      cancel: 120 * HOUR,
      cancel_at: new Date(placed.getTime() + 120 * HOUR),
    })
  })

  it("sends no reminder when the deadline is already inside the reminder window", () => {
    const deadline = new Date(placed.getTime() + 10 * HOUR)
    expect(dropoffSchedule(deadline, placed, timing).reminder).toBeNull()
  })

  it("never schedules into the past", () => {
    const deadline = new Date(placed.getTime() - 100 * HOUR)
    const schedule = dropoffSchedule(deadline, placed, timing)
    expect(schedule.escalation).toBe(0)
    expect(schedule.cancel).toBe(0)
  })

  it("takes fractions of hours, so a test can run on a short clock", () => {
    const deadline = new Date(placed.getTime() + HOUR)
    expect(dropoffSchedule(deadline, placed, { reminderHours: 0.5, graceHours: 0.25 })).toMatchObject({
      reminder: HOUR / 2,
      cancel: HOUR + HOUR / 4,
    })
  })
})
