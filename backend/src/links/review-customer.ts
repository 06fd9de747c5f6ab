import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewsModule from "../modules/reviews"

/** A review is written by one customer (read-only: the review keeps the customer's id). */
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true },
)
