import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { missingForSubmission } from "../../../modules/family/completeness"
import { PUBLIC_FAMILY_FIELDS } from "../../store/families/public-fields"

/** What a family sees of itself: its public profile, documents, history, and what is still missing. */
const FIELDS = [
  ...PUBLIC_FAMILY_FIELDS,
  "status",
  "submitted_at",
  "approved_at",
  "created_at",
  "documents.id",
  "documents.kind",
  "documents.filename",
  "documents.mime_type",
  "documents.size_bytes",
  "documents.created_at",
  "review_events.from_status",
  "review_events.to_status",
  "review_events.reason",
  "review_events.created_at",
  "members.id",
  "members.email",
  "members.name",
  "members.role",
  // Read only to report completeness; never sent back to the family.
  "sensitive_profile.national_id_hash",
  "sensitive_profile.maker_gender",
  "sensitive_profile.age_band",
  "sensitive_profile.disability_in_household",
  "sensitive_profile.household_size",
  "sensitive_profile.consent_given_at",
]

export async function familyForSeller(container: MedusaContainer, familyId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "family", fields: FIELDS, filters: { id: familyId } })
  const family = data[0]
  if (!family) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Family not found")
  const { sensitive_profile, ...visible } = family
  return { ...visible, missing_for_submission: missingForSubmission(family) }
}
