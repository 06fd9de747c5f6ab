import { ar } from "./catalogues/ar"
import { en } from "./catalogues/en"

export { ar } from "./catalogues/ar"
export { type Catalogue, en } from "./catalogues/en"
export * from "./currency"
export * from "./locales"
export * from "./money"
export * from "./notifications"
export * from "./search-text"
export * from "./translate"

/** i18next resources: `i18n.init({ resources, lng: DEFAULT_LOCALE })`. */
export const resources = {
  ar: { translation: ar },
  en: { translation: en },
} as const
