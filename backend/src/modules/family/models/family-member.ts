import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../constants"
import { Family } from "./family"

/** A login (Medusa auth, actor type `seller`) that belongs to exactly one family. */
export const FamilyMember = model.define("family_member", {
  id: model.id({ prefix: "fmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  role: model.enum([...MEMBER_ROLES]).default("owner"),
  family: model.belongsTo(() => Family, { mappedBy: "members" }),
})
