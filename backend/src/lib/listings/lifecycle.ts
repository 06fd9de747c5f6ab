import { ConflictError } from "../errors/conflict-error"

export const LISTING_STATUSES = ["draft", "pending_review", "published", "changes_requested"] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

/** Medusa's own product statuses, as plain strings so this file stays free of framework imports. */
export type MedusaProductStatus = "draft" | "proposed" | "published" | "rejected"

export const LISTING_TRANSITIONS = {
  submit: { from: ["draft", "changes_requested"], to: "pending_review" },
  approve: { from: ["pending_review"], to: "published" },
  request_changes: { from: ["pending_review"], to: "changes_requested" },
} as const satisfies Record<string, { from: ListingStatus[]; to: ListingStatus }>
export type ListingTransition = keyof typeof LISTING_TRANSITIONS

/** Throws a 409 whose message names the listing's current status and the rule. */
export function assertListingTransition(
  transition: ListingTransition,
  current: ListingStatus,
): ListingStatus {
  const rule = LISTING_TRANSITIONS[transition]
  if (!(rule.from as readonly ListingStatus[]).includes(current)) {
    const verb = transition.replace("_", " ")
    throw new ConflictError(
      `Cannot ${verb} a listing whose status is "${current}": only a listing that is ${rule.from
        .map((status) => `"${status}"`)
        .join(" or ")} can be moved to "${rule.to}"`,
    )
  }
  return rule.to
}

const FROM_MEDUSA: Record<string, ListingStatus> = {
  published: "published",
  proposed: "pending_review",
  rejected: "changes_requested",
}

/** The listing status a product keeps in metadata; one made outside the portal is read from its Medusa status. */
export function listingStatusOf(product: {
  status?: string | null
  metadata?: Record<string, unknown> | null
}): ListingStatus {
  const stored = product.metadata?.listing_status
  if (LISTING_STATUSES.includes(stored as ListingStatus)) return stored as ListingStatus
  return FROM_MEDUSA[product.status ?? ""] ?? "draft"
}

const HIDDEN: Record<Exclude<ListingStatus, "published">, MedusaProductStatus> = {
  draft: "draft",
  pending_review: "proposed",
  changes_requested: "rejected",
}

/**
 * Medusa's status for a listing: `published` only when the ministry published the listing AND the family is
 * approved, so every store route (and cart add) sees exactly the sellable products. A suspended family's
 * published listings become `draft` and come back when it is reinstated.
 */
export function medusaStatusFor(listing: ListingStatus, familyStatus: string): MedusaProductStatus {
  if (listing === "published") return familyStatus === "approved" ? "published" : "draft"
  return HIDDEN[listing]
}

/**
 * Edits that change what the buyer is told (words, category, photos) need the ministry to look again; price,
 * stock, weight and processing days are operational and keep a published listing on sale.
 */
export const REVIEWED_FIELDS = [
  "title_en",
  "title_ar",
  "description_en",
  "description_ar",
  "category",
  "materials_en",
  "materials_ar",
  "images",
] as const

export function listingStatusAfterEdit(current: ListingStatus, changed: readonly string[]): ListingStatus {
  const reviewed = changed.some((field) => (REVIEWED_FIELDS as readonly string[]).includes(field))
  return current === "published" && reviewed ? "pending_review" : current
}
