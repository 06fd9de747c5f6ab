/**
 * What the family portal reads from the /seller routes (see docs/api.md). Money is in minor units: JOD fils for
 * prices, balances and the ledger; an order's own currency for `subtotal`.
 */
export type FamilyStatus =
  | "draft"
  | "submitted"
  | "under_review"
  | "approved"
  | "rejected"
  | "changes_requested"
  | "suspended"

export type SellerFamily = {
  id: string
  handle: string
  name_ar: string
  name_en: string
  story_ar: string | null
  story_en: string | null
  governorate: string | null
  community_centre: string | null
  association: string | null
  status: FamilyStatus
  submitted_at: string | null
  approved_at: string | null
  documents: { id: string; kind: string; filename: string; mime_type: string; created_at: string }[]
  review_events: { from_status: string; to_status: string; reason: string | null; created_at: string }[]
  members: { id: string; email: string; name: string | null; role: string }[]
  /** API names of what submitting still needs: "story_ar", "sensitive.national_id", "documents.national_id"... */
  missing_for_submission: string[]
}

export type SellerMe = { member: { id: string; email: string; role: string }; family: SellerFamily }

export type ListingStatus = "draft" | "pending_review" | "published" | "changes_requested"

export type SellerProduct = {
  id: string
  handle: string
  title_en: string
  title_ar: string | null
  description_en: string | null
  description_ar: string | null
  category: string | null
  price_jod_fils: number | null
  /** Minor units per currency (lower-case codes), as buyers see them. */
  prices: Record<string, number>
  stock: number
  weight_grams: number | null
  processing_days: number | null
  materials_en: string | null
  materials_ar: string | null
  listing_status: ListingStatus
  review_reason: string | null
  on_sale: boolean
  thumbnail: string | null
  images: { id: string; url: string }[]
  created_at: string
  updated_at: string
}

export type SellerProductInput = {
  title_en: string
  title_ar: string
  description_en: string
  description_ar: string
  category: string
  price_jod_fils: number
  stock: number
  weight_grams: number
  processing_days: number
  materials_en: string
  materials_ar: string
}

export type PricePreview = { price_jod_fils: number; prices: Record<string, number> }

export type ConsignmentStatus = "awaiting_dropoff" | "ready" | "received" | "rejected" | "cancelled"

export type SellerConsignment = {
  id: string
  order_id: string
  display_id: string
  family_order_id: string
  code: string
  hub: string
  items: { line_item_id: string; title: string; quantity: number }[]
  status: ConsignmentStatus
  dropoff_deadline: string
  ready_at: string | null
  received_at: string | null
  rejected_at: string | null
  rejection_reason: string | null
  cancelled_at: string | null
  cancellation_reason: string | null
  created_at: string
}

export type SellerBalance = {
  balance: { currency_code: "jod"; available: number; payout_threshold: number }
  upcoming_releases: {
    family_order_id: string
    display_id: string
    status: string
    amount_jod: number
    release_at: string | null
  }[]
}

export type LedgerEntry = {
  id: string
  order_id: string | null
  kind: "sale" | "commission" | "shipping_share" | "refund" | "clawback" | "payout" | "adjustment"
  amount: number
  reference: string | null
  description_ar: string | null
  description_en: string | null
  created_at: string
}

export type SellerPayout = {
  id: string
  amount: number
  rail: string
  status: "pending" | "approved" | "sent" | "paid" | "failed" | "cancelled"
  failure_reason: string | null
  bank_reference: string | null
  paid_at: string | null
  created_at: string
}

export type PayoutAccount = {
  rail: string
  iban: string | null
  cliq_alias: string | null
  account_holder_name: string
  stripe_connected: boolean
  onboarding_status: string
  updated_at: string | null
}

export type SellerOrder = {
  id: string
  order_id: string
  display_id: string
  status: "pending" | "preparing" | "delivered_to_hub" | "shipped" | "delivered" | "canceled"
  currency_code: string
  item_count: number
  subtotal: number
  subtotal_jod: number | null
  items: { title?: string; quantity?: number }[]
  created_at: string
}

export type RatingSummary = {
  target_type: "product" | "family"
  target_id: string
  review_count: number
  /** One decimal, or null with no reviews. */
  average: number | null
  stars: Record<"1" | "2" | "3" | "4" | "5", number>
}

export type PublicReview = {
  id: string
  product_id: string
  product: { id: string; handle: string; title_en: string; title_ar: string | null } | null
  rating: number
  text: string
  author_name: string
  created_at: string
  reply: { text: string; created_at: string } | null
}

export type FullReview = PublicReview & {
  family_id: string
  order_id: string
  line_item_id: string
  status: "published" | "hidden"
  hidden_reason: string | null
  hidden_at: string | null
}

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }
