import { z } from "zod"
import { IMPACT_GROUPS } from "./impact-sql"

const DAY = /^\d{4}-\d{2}-\d{2}$/
const day = (name: string) =>
  z
    .string({ error: `${name} must be a date such as 2026-01-31` })
    .regex(DAY, `${name} must be a date such as 2026-01-31`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    }, `${name} must be a real calendar date`)

function defaultRange() {
  const now = new Date()
  const to = now.toISOString().slice(0, 10)
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 10)
  return { from, to }
}

/** `from` and `to` are calendar days in Amman, both included; by default the last 12 months. */
export const AdminImpactQuery = z
  .strictObject({
    from: day("from").optional(),
    to: day("to").optional(),
    group_by: z
      .enum(IMPACT_GROUPS, { error: `group_by must be one of: ${IMPACT_GROUPS.join(", ")}` })
      .default("governorate"),
    format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json"),
  })
  .transform((query) => ({ ...defaultRange(), ...stripUndefined(query) }))
  .refine((query) => query.from <= query.to, { message: "from must not be after to", path: ["from"] })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 10 * 366 * 86_400_000, {
    message: "the range from..to must be at most 10 years",
    path: ["to"],
  })
export type AdminImpactQuery = z.infer<typeof AdminImpactQuery>

function stripUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
