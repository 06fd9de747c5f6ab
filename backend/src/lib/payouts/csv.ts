/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) gets a leading
 * apostrophe (OWASP's CSV injection advice); quotes, commas and line breaks are quoted as RFC 4180 says.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(cells: (string | number)[]): string {
  return cells.map(csvCell).join(",")
}

/** Rows joined with CRLF, as RFC 4180 and banks' import tools expect. */
export function csvDocument(header: string[], rows: (string | number)[][]): string {
  return `${[header, ...rows].map(csvLine).join("\r\n")}\r\n`
}

/** Fils as dinars with exactly 3 decimals ("12.500"), from integers only. */
export function filsToDinars(fils: number): string {
  const sign = fils < 0 ? "-" : ""
  const abs = Math.abs(fils)
  return `${sign}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, "0")}`
}
