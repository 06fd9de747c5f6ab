import { model } from "@medusajs/framework/utils"
import { FAMILY_STATUSES, GOVERNORATES } from "../constants"
import { FamilyDocument } from "./family-document"
import { FamilyInvite } from "./family-invite"
import { FamilyMember } from "./family-member"
import { FamilyReviewEvent } from "./family-review-event"
import { FamilySensitiveProfile } from "./family-sensitive-profile"

/** A productive family: the seller. Public fields only; what is sensitive lives in FamilySensitiveProfile. */
export const Family = model
  .define("family", {
    id: model.id({ prefix: "fam" }).primaryKey(),
    handle: model.text().unique(),
    name_ar: model.text().searchable(),
    name_en: model.text().searchable(),
    story_ar: model.text().nullable(),
    story_en: model.text().nullable(),
    governorate: model.enum([...GOVERNORATES]).nullable(),
    community_centre: model.text().nullable(),
    association: model.text().nullable(),
    status: model.enum([...FAMILY_STATUSES]).default("draft"),
    submitted_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    members: model.hasMany(() => FamilyMember, { mappedBy: "family" }),
    invites: model.hasMany(() => FamilyInvite, { mappedBy: "family" }),
    documents: model.hasMany(() => FamilyDocument, { mappedBy: "family" }),
    review_events: model.hasMany(() => FamilyReviewEvent, { mappedBy: "family" }),
    sensitive_profile: model.hasOne(() => FamilySensitiveProfile, { mappedBy: "family" }).nullable(),
  })
  .indexes([{ on: ["status", "governorate"] }])
  .cascades({ delete: ["members", "invites", "documents", "review_events", "sensitive_profile"] })
