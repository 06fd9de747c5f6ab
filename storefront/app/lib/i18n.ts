import { type Locale, type MessageKey, t as sharedT } from "@usra/i18n"

export { direction, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@usra/i18n"

// Storefront-only copy; it belongs in @usra/i18n once the shared catalogue grows a storefront section.
const en = {
  "storefront.products": "Fresh from the families",
  "storefront.empty": "No products yet. Check back soon.",
  "storefront.unavailable": "Products are not available right now. Please try again in a little while.",
  "storefront.home_link": "Back to the home page",
}

const ar: Record<keyof typeof en, string> = {
  "storefront.products": "جديد الأسر المنتجة",
  "storefront.empty": "لا توجد منتجات بعد. عُد إلينا قريبًا.",
  "storefront.unavailable": "المنتجات غير متاحة حاليًا. يُرجى المحاولة بعد قليل.",
  "storefront.home_link": "العودة إلى الصفحة الرئيسية",
}

type StorefrontKey = keyof typeof en
const local: Record<Locale, Record<StorefrontKey, string>> = { ar, en }

function isStorefrontKey(key: string): key is StorefrontKey {
  return Object.hasOwn(en, key)
}

export function t(locale: Locale, key: MessageKey | StorefrontKey): string {
  return isStorefrontKey(key) ? local[locale][key] : sharedT(locale, key)
}

/** The locale in a URL segment; English when it is missing or unknown (only error pages see that). */
export function toLocale(value: string | undefined): Locale {
  return value === "ar" ? "ar" : "en"
}

/** Picks ar or en from an Accept-Language header, honouring q weights; English when neither is asked for. */
export function preferredLocale(header: string | null): Locale {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";")
      const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: weight ? Number(weight.slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.lang).find((lang) => lang === "ar" || lang === "en") ?? "en"
}
