const TIME_ZONE = "Asia/Amman"

/** A date and time as a family in Jordan reads it, in Arabic and English (Amman time). */
export function ammanDateTime(date: Date | string): { ar: string; en: string } {
  const at = new Date(date)
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    }).format(at)
  return { ar: format("ar-JO"), en: format("en-GB") }
}
