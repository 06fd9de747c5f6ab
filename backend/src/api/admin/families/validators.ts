import { z } from "zod"
import { FAMILY_STATUSES, GOVERNORATES } from "../../../modules/family/constants"
import { pagination } from "../../utils/pagination"

export const AdminFamiliesQuery = z.object({
  ...pagination(),
  // One status or several, comma-separated (the review queue asks for submitted,under_review).
  status: z
    .string()
    .transform((value) => value.split(",").map((item) => item.trim()))
    .pipe(z.array(z.enum(FAMILY_STATUSES, { error: `status must be one of: ${FAMILY_STATUSES.join(", ")}` })))
    .optional(),
  governorate: z
    .enum(GOVERNORATES, { error: `governorate must be one of: ${GOVERNORATES.join(", ")}` })
    .optional(),
  q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
  order: z
    .enum(["created_at", "-created_at", "submitted_at", "-submitted_at"], {
      error: "order must be one of: created_at, -created_at, submitted_at, -submitted_at",
    })
    .optional(),
})
export type AdminFamiliesQuery = z.infer<typeof AdminFamiliesQuery>

export const AdminFamilyTransition = z.strictObject({
  reason: z
    .string({ error: "reason must be text" })
    .trim()
    .max(2000, "reason must be at most 2000 characters")
    .optional(),
})
export type AdminFamilyTransition = z.infer<typeof AdminFamilyTransition>

export const AdminIncomeStatementQuery = z.strictObject({
  year: z.coerce
    .number({ error: "year must be a number such as 2026" })
    .int("year must be a whole number such as 2026")
    .min(2020, "year must be 2020 or later")
    .max(2100, "year must be 2100 or earlier")
    .default(() => new Date().getUTCFullYear()),
})
export type AdminIncomeStatementQuery = z.infer<typeof AdminIncomeStatementQuery>
