import { defineLink } from "@medusajs/framework/utils"
import FamilyModule from "../modules/family"
import ReviewsModule from "../modules/reviews"

/** A review is of one family's product (read-only: the review keeps the family's id). */
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "family_id" },
  FamilyModule.linkable.family,
  { readOnly: true },
)
