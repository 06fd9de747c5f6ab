import { defineLink } from "@medusajs/framework/utils"
import FamilyModule from "../modules/family"
import FamilyOrdersModule from "../modules/family-orders"

/** A family has many child orders; each child order belongs to one family. */
export default defineLink(FamilyModule.linkable.family, {
  linkable: FamilyOrdersModule.linkable.familyOrder,
  isList: true,
})
