import { ConsignmentStatus } from "@usra/types"
import { z } from "zod"
import { normalizeConsignmentCode } from "../../../lib/consignments/code"
import { pagination } from "../../utils/pagination"

const idParam = (name: string) =>
  z.string().trim().min(1, `${name} must not be empty`).max(64, `${name} must be at most 64 characters`)

export const AdminConsignmentsQuery = z.object({
  ...pagination(),
  status: ConsignmentStatus.optional(),
  hub: z
    .string()
    .trim()
    .min(1, "hub must not be empty")
    .max(200, "hub must be at most 200 characters")
    .optional(),
  // Typed or scanned at the counter: case, spaces and dashes do not matter.
  code: z
    .string()
    .transform((value, ctx) => {
      const code = normalizeConsignmentCode(value)
      if (!code) {
        ctx.addIssue({
          code: "custom",
          message: "code must be the consignment's 8-character code, e.g. K7MX3QPA",
        })
        return z.NEVER
      }
      return code
    })
    .optional(),
  order_id: idParam("order_id").optional(),
  family_id: idParam("family_id").optional(),
})
export type AdminConsignmentsQuery = z.infer<typeof AdminConsignmentsQuery>

export const AdminReceiveConsignment = z.strictObject({
  /** The line items staff checked, when the receiving screen has them ticked off one by one. */
  items: z
    .array(idParam("items[]"), { error: "items must be a list of the consignment's line item ids" })
    .min(1, "items must not be empty when given")
    .max(200, "items must have at most 200 entries")
    .optional(),
})
export type AdminReceiveConsignment = z.infer<typeof AdminReceiveConsignment>

export const AdminRejectConsignment = z.strictObject({
  reason: z
    .string({ error: "reason is required: say why the goods are refused" })
    .trim()
    .min(3, "reason must be at least 3 characters: say why the goods are refused")
    .max(500, "reason must be at most 500 characters"),
})
export type AdminRejectConsignment = z.infer<typeof AdminRejectConsignment>
