import { model } from "@medusajs/framework/utils"
import { AGE_BANDS, MAKER_GENDERS } from "../constants"
import { Family } from "./family"

/**
 * Ministry-only facts, collected with consent. The national ID number is kept as a keyed hash (to match
 * duplicates) and its last four digits (to show); the whole number is never stored.
 */
export const FamilySensitiveProfile = model.define("family_sensitive_profile", {
  id: model.id({ prefix: "fsp" }).primaryKey(),
  national_id_hash: model.text().nullable(),
  national_id_last4: model.text().nullable(),
  maker_gender: model.enum([...MAKER_GENDERS]).nullable(),
  age_band: model.enum([...AGE_BANDS]).nullable(),
  disability_in_household: model.boolean().nullable(),
  household_size: model.number().nullable(),
  consent_given_at: model.dateTime().nullable(),
  family: model.belongsTo(() => Family, { mappedBy: "sensitive_profile" }),
})
