import type { AdminImpactRow, ImpactGroup } from "@usra/types"

/** The label of a group's key in the page's language (a governorate's name, "Women", "35–44", a month...). */
export function groupLabel(
  group: ImpactGroup,
  key: string,
  t: (key: string) => string,
  locale: "ar" | "en",
): string {
  if (key === "unknown") return t("admin.impact.unknown")
  switch (group) {
    case "governorate":
      return t(`governorates.${key}`)
    case "gender":
      return t(`admin.impact.gender.${key}`)
    case "disability":
      return t(`admin.impact.disability.${key}`)
    case "age_band":
      return t(`admin.impact.age_band.${key}`)
    case "month": {
      const [year, month] = key.split("-").map(Number)
      return new Intl.DateTimeFormat(locale === "ar" ? "ar-JO-u-nu-latn" : "en-GB", {
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 15)))
    }
  }
}

/** Chart rows in JOD (major units, for the axis) with each group's label. */
export function chartRows(rows: AdminImpactRow[], label: (key: string) => string) {
  return rows.map((row) => ({
    key: row.key,
    label: label(row.key),
    sales: row.sales_fils / 1000,
    income: row.income_paid_fils / 1000,
    active: row.families_active,
  }))
}

/** The first day of the month eleven months back and today: the last twelve months. */
export function defaultRange(today: string): { from: string; to: string } {
  const [year, month] = today.split("-").map(Number)
  const start = new Date(Date.UTC(year ?? 2026, (month ?? 1) - 12, 1))
  return { from: start.toISOString().slice(0, 10), to: today }
}
