import { Governorate as GovernorateSchema } from "@usra/types"

// The API contract (packages/types) owns the list; the model and validators reuse it.
export const GOVERNORATES = GovernorateSchema.options
export type Governorate = (typeof GOVERNORATES)[number]

export const FAMILY_STATUSES = [
  "draft",
  "submitted",
  "under_review",
  "approved",
  "rejected",
  "changes_requested",
  "suspended",
] as const
export type FamilyStatus = (typeof FAMILY_STATUSES)[number]

export const MAKER_GENDERS = ["female", "male"] as const
export const AGE_BANDS = [
  "age_18_24",
  "age_25_34",
  "age_35_44",
  "age_45_54",
  "age_55_64",
  "age_65_plus",
] as const
export const DOCUMENT_KINDS = ["registration_certificate", "national_id"] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
export const MEMBER_ROLES = ["owner", "member"] as const
