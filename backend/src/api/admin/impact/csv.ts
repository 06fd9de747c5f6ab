import type { ImpactRow } from "./impact-sql"

const COLUMNS: (keyof ImpactRow)[] = [
  "key",
  "families_active",
  "families_approved",
  "orders",
  "sales_fils",
  "income_paid_fils",
  "families_paid",
  "median_monthly_income_fils",
  "median_days_to_approval",
  "dropoffs",
  "dropoffs_on_time",
  "on_time_rate",
]

/** Fils as JOD with 3 decimals, exactly (no float). */
function jod(fils: number): string {
  const negative = fils < 0
  const digits = String(Math.abs(fils)).padStart(4, "0")
  return `${negative ? "-" : ""}${digits.slice(0, -3)}.${digits.slice(-3)}`
}

// Spreadsheet formula injection: a cell starting with = + - @ tab or CR is quoted with a leading apostrophe.
function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The impact table as CSV: one row per group and a last `total` row; money columns in JOD with 3 decimals
 * (`sales_jod`...), the rest as in the JSON answer.
 */
export function impactCsv(group: string, rows: ImpactRow[], totals: ImpactRow): string {
  const header = COLUMNS.map((column) =>
    column === "key" ? group : String(column).replace(/_fils$/, "_jod"),
  )
  const line = (row: ImpactRow, key = row.key) =>
    COLUMNS.map((column) => {
      if (column === "key") return cell(key)
      const value = row[column]
      if (String(column).endsWith("_fils")) return value === null ? "" : jod(value as number)
      return cell(value)
    }).join(",")
  return `${[header.join(","), ...rows.map((row) => line(row)), line(totals, "total")].join("\r\n")}\r\n`
}
