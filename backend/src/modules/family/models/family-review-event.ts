import { model } from "@medusajs/framework/utils"
import { FAMILY_STATUSES } from "../constants"
import { Family } from "./family"

/** One change of a family's status: who, when, from, to and why. Append-only. */
export const FamilyReviewEvent = model.define("family_review_event", {
  id: model.id({ prefix: "frev" }).primaryKey(),
  actor_type: model.enum(["seller", "user", "system"]),
  actor_id: model.text(),
  from_status: model.enum([...FAMILY_STATUSES]),
  to_status: model.enum([...FAMILY_STATUSES]),
  reason: model.text().nullable(),
  family: model.belongsTo(() => Family, { mappedBy: "review_events" }),
})
