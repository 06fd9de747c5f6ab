import { z } from "zod"
import type { ConsignmentStatus, ShipmentStatus } from "./fulfilment"

/**
 * What the ministry console reads from and sends to /admin/*: the API contract of the `admin` namespace of
 * packages/api-client. Money is in minor units (JOD fils unless a currency_code says otherwise).
 */

export const MinistryRole = z.enum(["reviewer", "finance", "hub", "super_admin"], {
  error: "role must be one of: reviewer, finance, hub, super_admin",
})
export type MinistryRole = z.infer<typeof MinistryRole>

export const FamilyStatus = z.enum([
  "draft",
  "submitted",
  "under_review",
  "approved",
  "rejected",
  "changes_requested",
  "suspended",
])
export type FamilyStatus = z.infer<typeof FamilyStatus>

/** A decision on a family; reject, request-changes and suspend need a reason. */
export const FamilyTransition = z.enum([
  "start-review",
  "approve",
  "reject",
  "request-changes",
  "suspend",
  "reinstate",
])
export type FamilyTransition = z.infer<typeof FamilyTransition>
export const TRANSITIONS_NEEDING_REASON: readonly FamilyTransition[] = [
  "reject",
  "request-changes",
  "suspend",
]

export const ImpactGroup = z.enum(["governorate", "gender", "disability", "age_band", "month"], {
  error: "group_by must be one of: governorate, gender, disability, age_band, month",
})
export type ImpactGroup = z.infer<typeof ImpactGroup>

export const ListingQueueStatus = z.enum(["pending_review", "changes_requested", "published"])
export type ListingQueueStatus = z.infer<typeof ListingQueueStatus>

export const PayoutStatus = z.enum(["pending", "approved", "sent", "paid", "failed", "cancelled"])
export type PayoutStatus = z.infer<typeof PayoutStatus>
export const PayoutBatchStatus = z.enum(["pending_approval", "approved", "paid"])
export type PayoutBatchStatus = z.infer<typeof PayoutBatchStatus>

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }
type When = string

/** GET /admin/me */
export type AdminUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: MinistryRole | null
}

/** GET /admin/today: each part only for the roles that work on it. */
export type AdminToday = {
  role: MinistryRole | null
  applications?: {
    waiting: number
    oldest: {
      id: string
      name_ar: string
      name_en: string
      governorate: string | null
      status: FamilyStatus
      submitted_at: When | null
    }[]
  }
  listings?: { waiting: number }
  consignments?: { hubs: { hub: string; open: number; due: number; late: number }[] }
  payout_batches?: { to_approve: number; total: number }
  failed_jobs?: { count: number }
}

export type AdminFamilySummary = {
  id: string
  handle: string
  name_ar: string
  name_en: string
  governorate: string | null
  community_centre: string | null
  association: string | null
  status: FamilyStatus
  submitted_at: When | null
  approved_at: When | null
  created_at: When
  updated_at: When
}

export type AdminFamilyDocument = {
  id: string
  kind: "registration_certificate" | "national_id"
  filename: string
  mime_type: string
  size_bytes: number
  created_at: When
}

export type AdminReviewEvent = {
  id: string
  actor_type: "seller" | "user" | "system"
  actor_id: string
  from_status: FamilyStatus
  to_status: FamilyStatus
  reason: string | null
  created_at: When
}

/** GET /admin/families/:id; `sensitive_profile` only for reviewers and super admins (each read is audited). */
export type AdminFamily = AdminFamilySummary & {
  story_ar: string | null
  story_en: string | null
  members: { id: string; email: string; name: string | null; role: string }[]
  documents: AdminFamilyDocument[]
  review_events: AdminReviewEvent[]
  sensitive_profile?: {
    national_id_last4: string | null
    maker_gender: "female" | "male" | null
    age_band: string | null
    disability_in_household: boolean | null
    household_size: number | null
    consent_given_at: When | null
  } | null
}

export type AdminFamilyQuery = {
  /** One status or several, comma-separated (e.g. "submitted,under_review"). */
  status?: FamilyStatus | `${FamilyStatus},${string}`
  governorate?: string
  q?: string
  order?: "created_at" | "-created_at" | "submitted_at" | "-submitted_at"
  limit?: number
  offset?: number
}

/** GET /admin/listings: a family's product waiting for (or after) moderation. */
export type AdminListing = {
  id: string
  handle: string
  title_en: string
  title_ar: string | null
  description_en: string | null
  description_ar: string | null
  category: string | null
  price_jod_fils: number | null
  stock: number
  listing_status: string
  review_reason: string | null
  thumbnail: string | null
  images: { id: string; url: string }[]
  updated_at: When
  family: { id: string; handle: string; name_ar: string; name_en: string; status: FamilyStatus } | null
}

export type FamilyNames = {
  id: string
  handle: string
  name_ar: string
  name_en: string
  governorate: string | null
}

export type AdminConsignment = {
  id: string
  order_id: string
  display_id: string
  family_order_id: string
  family_id: string
  hub: string
  code: string
  items: { line_item_id: string; title: string; quantity: number; product_id: string | null }[]
  status: ConsignmentStatus
  dropoff_deadline: When
  ready_at: When | null
  received_at: When | null
  rejected_at: When | null
  rejection_reason: string | null
  cancelled_at: When | null
  cancellation_reason: string | null
  created_at: When
  family: FamilyNames | null
}

export type AdminShipmentEvent = {
  id: string
  status: "in_transit" | "delivered" | "returned"
  description: string
  location: string | null
  occurred_at: When
  source: "manual" | "carrier"
}

export type AdminShipment = {
  id: string
  order_id: string
  display_id: string
  carrier: string
  tracking_number: string | null
  tracking_url: string | null
  status: ShipmentStatus
  shipped_at: When | null
  delivered_at: When | null
  created_at: When
  events?: AdminShipmentEvent[]
}

/** GET /admin/orders (Medusa's), the fields the console asks for. Amounts in major units (Medusa's). */
export type AdminOrderSummary = {
  id: string
  display_id: number
  email: string | null
  status: string
  created_at: When
  currency_code: string
  total: number
  payment_status?: string
  fulfillment_status?: string
}

/** GET /admin/orders/:id/families */
export type AdminOrderOverview = {
  order: AdminOrderSummary & {
    shipping_total?: number
    shipping_address?: { country_code: string | null; city: string | null } | null
  }
  family_orders: {
    id: string
    family_id: string
    display_id: string
    currency_code: string
    item_count: number
    subtotal: number
    subtotal_jod: number | null
    status: string
    family: FamilyNames | null
  }[]
  consignments: AdminConsignment[]
  shipment: (AdminShipment & { events: AdminShipmentEvent[] }) | null
}

export type AdminBalance = {
  family_id: string
  balance: number
  family_name_ar: string | null
  family_name_en: string | null
}

export type AdminPayoutRun = {
  id: string
  status: "pending" | "running" | "completed" | "failed"
  trigger: "scheduled" | "manual"
  threshold: number
  created_by: string | null
  payout_count: number
  total_amount: number
  skipped_without_account: number
  skipped_unresolved: number
  created_at: When
  completed_at: When | null
  error: string | null
}

export type AdminPayoutPreview = {
  threshold: number
  payout_count: number
  total_amount: number
  skipped_without_account: number
  skipped_unresolved: number
  families: {
    family_id: string
    balance: number
    rail: string | null
    status: "will_be_paid" | "no_account" | "waiting_on_payout"
    family_name_ar: string | null
    family_name_en: string | null
  }[]
}

export type AdminPayout = {
  id: string
  family_id: string
  run_id: string
  batch_id: string | null
  amount: number
  rail: "bank_cliq" | "stripe_connect"
  status: PayoutStatus
  destination: Record<string, unknown>
  failure_reason: string | null
  bank_reference: string | null
  paid_at: When | null
  created_at: When
}

export type AdminPayoutBatch = {
  id: string
  run_id: string
  status: PayoutBatchStatus
  approved_by: string | null
  approved_at: When | null
  paid_at: When | null
  bank_reference: string | null
  total: number | string
  count: number
  created_at: When
  payouts?: AdminPayout[]
}

export type AdminExchangeRate = { currency_code: string; rate: string; updated_at: When | null }

export type AdminRateCard = {
  zone: string
  currency_code: string
  transit_days: { min: number; max: number }
  brackets: { max_weight_g: number | null; price: number }[]
  updated_by: string | null
  updated_at: When | null
}

export type AdminCommissionRule = {
  id: string
  category_id: string | null
  rate_bps: number
  active: boolean
  created_by: string | null
  created_at: When
}

export type AdminFailedJob = {
  id: string
  queue: string
  name: string
  job_id: string
  payload: unknown
  error: string
  attempts: number
  failed_at: When
  retried_at: When | null
  retry_job_id: string | null
}

export type AdminAuditEntry = {
  id: string
  actor_id: string | null
  actor_email: string | null
  actor_role: string | null
  action: string
  method: string
  path: string
  entity_type: string | null
  entity_id: string | null
  status_code: number
  body: unknown
  before: unknown
  after: unknown
  created_at: When
}

export type AdminAuditQuery = {
  actor?: string
  entity?: string
  entity_id?: string
  action?: string
  from?: string
  to?: string
  limit?: number
  offset?: number
}

export type AdminImpactRow = {
  key: string
  families_active: number
  families_approved: number
  orders: number
  sales_fils: number
  income_paid_fils: number
  families_paid: number
  median_monthly_income_fils: number | null
  median_days_to_approval: number | null
  dropoffs: number
  dropoffs_on_time: number
  on_time_rate: number | null
}

/** GET /admin/impact */
export type AdminImpact = {
  from: string
  to: string
  group_by: ImpactGroup
  currency_code: "jod"
  groups: AdminImpactRow[]
  totals: AdminImpactRow
}
