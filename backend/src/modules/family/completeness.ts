import { DOCUMENT_KINDS } from "./constants"

type FamilyForSubmission = {
  name_ar?: string | null
  name_en?: string | null
  story_ar?: string | null
  story_en?: string | null
  governorate?: string | null
  community_centre?: string | null
  sensitive_profile?: {
    national_id_hash?: string | null
    maker_gender?: string | null
    age_band?: string | null
    disability_in_household?: boolean | null
    household_size?: number | null
    consent_given_at?: Date | string | null
  } | null
  documents?: { kind: string }[] | null
}

/** The fields an application still needs before it can be submitted, named as the API names them. */
export function missingForSubmission(family: FamilyForSubmission): string[] {
  const missing: string[] = []
  for (const field of [
    "name_ar",
    "name_en",
    "story_ar",
    "story_en",
    "governorate",
    "community_centre",
  ] as const) {
    if (!family[field]) missing.push(field)
  }
  const profile = family.sensitive_profile ?? {}
  if (!profile.national_id_hash) missing.push("sensitive.national_id")
  if (!profile.maker_gender) missing.push("sensitive.maker_gender")
  if (!profile.age_band) missing.push("sensitive.age_band")
  if (profile.disability_in_household == null) missing.push("sensitive.disability_in_household")
  if (profile.household_size == null) missing.push("sensitive.household_size")
  if (!profile.consent_given_at) missing.push("sensitive.consent")
  const kinds = new Set((family.documents ?? []).map((document) => document.kind))
  for (const kind of DOCUMENT_KINDS) {
    if (!kinds.has(kind)) missing.push(`documents.${kind}`)
  }
  return missing
}
