import { z } from "zod"
import { AGE_BANDS, DOCUMENT_KINDS, GOVERNORATES, MAKER_GENDERS } from "../../modules/family/constants"
import { NATIONAL_ID_PATTERN } from "../../modules/family/national-id"

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)

const familyFields = {
  name_ar: text("name_ar", 120),
  name_en: text("name_en", 120),
  story_ar: text("story_ar", 4000),
  story_en: text("story_en", 4000),
  governorate: z.enum(GOVERNORATES, { error: `governorate must be one of: ${GOVERNORATES.join(", ")}` }),
  community_centre: text("community_centre", 200),
  association: text("association", 200).nullable(),
}

// Strict objects: `status`, `handle`, `family_id` and any other field a family may not set is a 400 naming it.
export const SellerSensitiveProfile = z.strictObject({
  national_id: z
    .string({ error: "sensitive.national_id must be text" })
    .regex(NATIONAL_ID_PATTERN, "sensitive.national_id must be the 10-digit national number"),
  maker_gender: z.enum(MAKER_GENDERS, {
    error: `sensitive.maker_gender must be one of: ${MAKER_GENDERS.join(", ")}`,
  }),
  age_band: z.enum(AGE_BANDS, { error: `sensitive.age_band must be one of: ${AGE_BANDS.join(", ")}` }),
  disability_in_household: z.boolean({ error: "sensitive.disability_in_household must be true or false" }),
  household_size: z
    .number({ error: "sensitive.household_size must be a number" })
    .int("sensitive.household_size must be a whole number")
    .min(1, "sensitive.household_size must be at least 1")
    .max(40, "sensitive.household_size must be at most 40"),
  consent: z.literal(true, {
    error: "sensitive.consent must be true: the family agrees to the ministry keeping this data",
  }),
})

export const SellerCreateFamily = z.strictObject({
  name_ar: familyFields.name_ar,
  name_en: familyFields.name_en,
  member_name: text("member_name", 120).optional(),
  story_ar: familyFields.story_ar.optional(),
  story_en: familyFields.story_en.optional(),
  governorate: familyFields.governorate.optional(),
  community_centre: familyFields.community_centre.optional(),
  association: familyFields.association.optional(),
})
export type SellerCreateFamily = z.infer<typeof SellerCreateFamily>

export const SellerUpdateFamily = z.strictObject({
  name_ar: familyFields.name_ar.optional(),
  name_en: familyFields.name_en.optional(),
  story_ar: familyFields.story_ar.optional(),
  story_en: familyFields.story_en.optional(),
  governorate: familyFields.governorate.optional(),
  community_centre: familyFields.community_centre.optional(),
  association: familyFields.association.optional(),
  sensitive: SellerSensitiveProfile.partial().optional(),
})
export type SellerUpdateFamily = z.infer<typeof SellerUpdateFamily>

export const SellerDocumentFields = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS, { error: `kind must be one of: ${DOCUMENT_KINDS.join(", ")}` }),
})
export type SellerDocumentFields = z.infer<typeof SellerDocumentFields>

export const SellerInviteMember = z.strictObject({
  email: z.email("email must be a valid email address").max(254, "email is too long"),
})
export type SellerInviteMember = z.infer<typeof SellerInviteMember>

export const SellerAcceptInvite = z.strictObject({
  token: text("token", 200),
  name: text("name", 120).optional(),
})
export type SellerAcceptInvite = z.infer<typeof SellerAcceptInvite>
