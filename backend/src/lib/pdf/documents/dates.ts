const TIME_ZONE = "Asia/Amman"

/** A day in Arabic and English (Amman time), with Latin digits so numbers read the same in both. */
export function day(date: Date | string | null | undefined): { ar: string; en: string } {
  if (!date) return { ar: "—", en: "—" }
  const at = new Date(date)
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      day: "numeric",
      month: "long",
      year: "numeric",
    }).format(at)
  return { ar: format("ar-JO-u-nu-latn"), en: format("en-GB") }
}

export function dayTime(date: Date | string | null | undefined): { ar: string; en: string } {
  if (!date) return { ar: "—", en: "—" }
  const at = new Date(date)
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    }).format(at)
  return { ar: format("ar-JO-u-nu-latn"), en: format("en-GB") }
}

export const MONTHS = Array.from({ length: 12 }, (_, index) => {
  const at = new Date(Date.UTC(2026, index, 15))
  return {
    ar: new Intl.DateTimeFormat("ar-JO-u-nu-latn", { month: "long", timeZone: "UTC" }).format(at),
    en: new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(at),
  }
})
