import type { Locale } from "./i18n"

// The error page is the one page that cannot count on loader data (the loader may be what failed), so its few
// words travel with the code, in both languages; they match storefront.errors and storefront.nav in @usra/i18n.
export const ERROR_COPY: Record<Locale, { not_found: string; generic: string; home: string }> = {
  ar: { not_found: "الصفحة غير موجودة", generic: "حدث خطأ ما. يُرجى المحاولة مرة أخرى.", home: "الرئيسية" },
  en: { not_found: "Page not found", generic: "Something went wrong. Please try again.", home: "Home" },
}
