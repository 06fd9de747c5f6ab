import { z } from "zod"
import { pagination } from "../../utils/pagination"

const day = (name: string) =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/,
      `${name} must be a date (2026-01-31) or an ISO 8601 date-time`,
    )
    .refine((value) => !Number.isNaN(Date.parse(value)), `${name} must be a real date`)
    .optional()

export const AdminAuditLogQuery = z.strictObject({
  ...pagination(50),
  actor: z
    .string()
    .trim()
    .min(1, "actor must not be empty")
    .max(200, "actor must be at most 200 characters")
    .optional(),
  entity: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,63}$/, "entity must be a resource name such as families or payout-batches")
    .optional(),
  entity_id: z.string().trim().max(64, "entity_id must be at most 64 characters").optional(),
  action: z.string().trim().max(100, "action must be at most 100 characters").optional(),
  from: day("from"),
  to: day("to"),
})
export type AdminAuditLogQuery = z.infer<typeof AdminAuditLogQuery>
