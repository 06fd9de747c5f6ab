import { type Locale, type MessageKey, t as sharedT } from "@usra/i18n"

export { direction, isLocale, LOCALE_NAMES, type Locale } from "@usra/i18n"

// Console-only copy; it belongs in @usra/i18n once the shared catalogue grows an admin section.
const en = {
  "admin.title": "Ministry of Social Development console",
  "admin.today": "Today",
  "admin.today_placeholder": "Family applications and orders that need review will appear here.",
  "admin.backend": "Backend",
}

const ar: Record<keyof typeof en, string> = {
  "admin.title": "وزارة التنمية الاجتماعية",
  "admin.today": "اليوم",
  "admin.today_placeholder": "ستظهر هنا طلبات الأسر والطلبات التي تحتاج إلى مراجعة.",
  "admin.backend": "الخادم",
}

type AdminKey = keyof typeof en
const local: Record<Locale, Record<AdminKey, string>> = { ar, en }

function isAdminKey(key: string): key is AdminKey {
  return Object.hasOwn(en, key)
}

export function t(locale: Locale, key: MessageKey | AdminKey): string {
  return isAdminKey(key) ? local[locale][key] : sharedT(locale, key)
}
