import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

/** A review is of one product (read-only: the review keeps the product's id, no link table). */
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
)
