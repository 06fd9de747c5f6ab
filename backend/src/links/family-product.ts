import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FamilyModule from "../modules/family"

/** A family has many products; each product belongs to exactly one family. */
export default defineLink(FamilyModule.linkable.family, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
