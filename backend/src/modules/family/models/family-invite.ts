import { model } from "@medusajs/framework/utils"
import { Family } from "./family"

/** An invitation for a second member; only the token's hash is stored. */
export const FamilyInvite = model.define("family_invite", {
  id: model.id({ prefix: "finv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  family: model.belongsTo(() => Family, { mappedBy: "invites" }),
})
