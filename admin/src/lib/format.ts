import { formatMoney, type Locale, toMinor } from "@usra/i18n"

const TIME_ZONE = "Asia/Amman"
// Latin digits in Arabic too, as prices and the rest of the console show them.
const INTL: Record<Locale, string> = { ar: "ar-JO-u-nu-latn", en: "en-GB" }

/** JOD fils (or another currency's minor units) for the page's language. */
export function money(minor: number | string | null | undefined, locale: Locale, currency = "jod"): string {
  const amount = Number(minor ?? 0)
  return formatMoney(Number.isSafeInteger(amount) ? amount : Math.round(amount), currency, locale)
}

/** Medusa's order amounts are in major units: shown exactly through their minor units. */
export function majorMoney(major: number | null | undefined, locale: Locale, currency: string): string {
  return formatMoney(toMinor(major ?? 0, currency), currency, locale)
}

export function date(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return "—"
  return new Intl.DateTimeFormat(INTL[locale], {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(value))
}

export function dateTime(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return "—"
  return new Intl.DateTimeFormat(INTL[locale], {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(value))
}

export function number(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(INTL[locale], options).format(value)
}

/** How long something has waited, in whole days (or hours under a day): { unit, count }. */
export function age(
  since: string | Date | null | undefined,
  now: Date = new Date(),
): { unit: "days" | "hours"; count: number } {
  if (!since) return { unit: "hours", count: 0 }
  const hours = Math.max(0, (now.getTime() - new Date(since).getTime()) / 3_600_000)
  return hours < 24
    ? { unit: "hours", count: Math.floor(hours) }
    : { unit: "days", count: Math.floor(hours / 24) }
}

/** Today's date in Amman as YYYY-MM-DD. */
export function ammanToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now)
}

/** JOD fils as a decimal string with 3 decimals for an input ("12.500"), and back. */
export function filsToJod(fils: number): string {
  const negative = fils < 0
  const digits = String(Math.abs(fils)).padStart(4, "0")
  return `${negative ? "-" : ""}${digits.slice(0, -3)}.${digits.slice(-3)}`
}

export function jodToFils(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,3}))?\s*$/.exec(text)
  if (!match) return null
  return Number(match[1]) * 1000 + Number((match[2] ?? "").padEnd(3, "0"))
}
