import type { ProductStatus } from "@medusajs/framework/utils"
import { type ListingStatus, medusaStatusFor } from "../../../lib/listings/lifecycle"
import type { FamilyProductRecord } from "./product-record"

/** The product update that moves a listing to `to`, with Medusa's status following it. */
export function listingUpdate(
  product: FamilyProductRecord,
  to: ListingStatus,
  familyStatus: string,
  reviewReason: string | null,
) {
  return {
    id: product.id,
    status: medusaStatusFor(to, familyStatus) as ProductStatus,
    metadata: { ...product.metadata, listing_status: to, listing_review_reason: reviewReason },
  }
}
