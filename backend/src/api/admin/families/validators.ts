import { z } from "zod"
import { FAMILY_STATUSES, GOVERNORATES } from "../../../modules/family/constants"
import { pagination } from "../../utils/pagination"

export const AdminFamiliesQuery = z.object({
  ...pagination(),
  status: z
    .enum(FAMILY_STATUSES, { error: `status must be one of: ${FAMILY_STATUSES.join(", ")}` })
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
