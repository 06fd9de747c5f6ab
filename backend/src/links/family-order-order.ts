import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import FamilyOrdersModule from "../modules/family-orders"

/** A buyer's (parent) order has one child order per family. */
export default defineLink(OrderModule.linkable.order, {
  linkable: FamilyOrdersModule.linkable.familyOrder,
  isList: true,
})
