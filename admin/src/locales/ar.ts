import { adminAr } from "@usra/i18n/catalogues/admin-ar"
import { ar } from "@usra/i18n/catalogues/ar"

// The parts of the Arabic catalogue the console shows; a chunk of its own, loaded only when Arabic is used.
export default {
  admin: adminAr,
  app: ar.app,
  categories: ar.categories,
  family_status: ar.family_status,
  governorates: ar.governorates,
}
