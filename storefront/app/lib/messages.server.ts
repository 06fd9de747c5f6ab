import { catalogues, type Locale } from "@usra/i18n"

/** The parts of a catalogue the shop shows; a page carries only its own language's, in its loader data. */
export function shopMessages(locale: Locale) {
  const { storefront, common, app, language, governorates, categories, errors } = catalogues[locale]
  return { storefront, common, app, language, governorates, categories, errors }
}
export type ShopMessages = ReturnType<typeof shopMessages>

/** The family portal's words, added to the shop's by the portal's layout (the shop's pages never carry them). */
export function portalMessages(locale: Locale) {
  return catalogues[locale].portal
}
export type PortalMessages = ReturnType<typeof portalMessages>
