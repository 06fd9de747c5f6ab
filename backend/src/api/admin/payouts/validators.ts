import { z } from "zod"
import { PAYOUT_BATCH_STATUSES, PAYOUT_RAILS, PAYOUT_STATUSES } from "../../../modules/payouts/constants"
import { pagination } from "../../utils/pagination"

/** Commission above half the price is surely a typo. */
export const MAX_COMMISSION_BPS = 5_000

const reason = (field: string) =>
  z
    .string({ error: `${field} is required: say why, in words the family and finance will read` })
    .trim()
    .min(3, `${field} must be at least 3 characters`)
    .max(500, `${field} must be at most 500 characters`)

export const AdminCreateCommissionRule = z.strictObject({
  category_id: z
    .string({ error: "category_id must be a product category id, or null for the global rule" })
    .min(1, "category_id must not be empty (use null for the global rule)")
    .nullable(),
  rate_bps: z
    .number({ error: "rate_bps must be a number of basis points (1000 = 10%)" })
    .int("rate_bps must be a whole number of basis points (1000 = 10%)")
    .min(0, "rate_bps must not be negative")
    .max(MAX_COMMISSION_BPS, `rate_bps must be at most ${MAX_COMMISSION_BPS} (50%)`),
})
export type AdminCreateCommissionRule = z.infer<typeof AdminCreateCommissionRule>

export const AdminCommissionRulesQuery = z.strictObject({
  active: z.enum(["true", "false"], { error: "active must be true or false" }).optional(),
  ...pagination(50),
})
export type AdminCommissionRulesQuery = z.infer<typeof AdminCommissionRulesQuery>

export const AdminStartPayoutRun = z.strictObject({
  threshold: z
    .number({ error: "threshold must be a number of fils" })
    .int("threshold must be a whole number of fils")
    .min(1, "threshold must be at least 1 fils")
    .max(100_000_000, "threshold must be at most 100,000,000 fils")
    .optional(),
})
export type AdminStartPayoutRun = z.infer<typeof AdminStartPayoutRun>

export const AdminListQuery = z.strictObject({ ...pagination() })
export type AdminListQuery = z.infer<typeof AdminListQuery>

export const AdminPayoutBatchesQuery = z.strictObject({
  status: z
    .enum(PAYOUT_BATCH_STATUSES, { error: `status must be one of: ${PAYOUT_BATCH_STATUSES.join(", ")}` })
    .optional(),
  ...pagination(),
})
export type AdminPayoutBatchesQuery = z.infer<typeof AdminPayoutBatchesQuery>

export const AdminPayoutsQuery = z.strictObject({
  status: z
    .enum(PAYOUT_STATUSES, { error: `status must be one of: ${PAYOUT_STATUSES.join(", ")}` })
    .optional(),
  rail: z.enum(PAYOUT_RAILS, { error: `rail must be one of: ${PAYOUT_RAILS.join(", ")}` }).optional(),
  family_id: z.string().min(1).max(64).optional(),
  run_id: z.string().min(1).max(64).optional(),
  batch_id: z.string().min(1).max(64).optional(),
  ...pagination(),
})
export type AdminPayoutsQuery = z.infer<typeof AdminPayoutsQuery>

export const AdminMarkBatchPaid = z.strictObject({
  bank_reference: z
    .string({ error: "bank_reference is required: the bank's reference for the transfer" })
    .trim()
    .min(3, "bank_reference must be at least 3 characters")
    .max(100, "bank_reference must be at most 100 characters"),
})
export type AdminMarkBatchPaid = z.infer<typeof AdminMarkBatchPaid>

export const AdminReason = z.strictObject({ reason: reason("reason") })
export type AdminReason = z.infer<typeof AdminReason>

export const AdminEmptyBody = z.strictObject({})

export const AdminRefundFamilyOrder = z.strictObject({
  amount: z
    .number({ error: "amount must be a number in the order currency's minor units" })
    .int("amount must be a whole number of minor units (cents, fils)")
    .positive("amount must be greater than 0"),
  reason: reason("reason"),
})
export type AdminRefundFamilyOrder = z.infer<typeof AdminRefundFamilyOrder>
