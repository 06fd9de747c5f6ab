import { adminEn } from "@usra/i18n/catalogues/admin-en"
import { en } from "@usra/i18n/catalogues/en"

// The parts of the English catalogue the console shows; a chunk of its own, loaded only when English is used.
export default {
  admin: adminEn,
  app: en.app,
  categories: en.categories,
  family_status: en.family_status,
  governorates: en.governorates,
}
