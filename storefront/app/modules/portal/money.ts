/**
 * A price a family types, in dinars ("12.5", "12.500", "١٢٫٥", "12,5"), as whole fils (1 JOD = 1000 fils); null
 * when it is not a price. Arabic-Indic digits and the Arabic decimal separator are read as phones type them; no
 * float ever holds the amount.
 */
export function parseJodToFils(text: string): number | null {
  const normalized = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b,]/g, ".")
    .replace(/\s+/g, "")
  const match = /^(\d{1,7})(?:\.(\d{0,3}))?$/.exec(normalized)
  if (!match) return null
  const [, whole = "0", fraction = ""] = match
  return Number(whole) * 1000 + Number(fraction.padEnd(3, "0"))
}

/** Fils as the dinars a family typed them: 12500 -> "12.500". */
export function filsToJodText(fils: number | null | undefined): string {
  if (fils === null || fils === undefined) return ""
  return `${Math.floor(fils / 1000)}.${String(fils % 1000).padStart(3, "0")}`
}
