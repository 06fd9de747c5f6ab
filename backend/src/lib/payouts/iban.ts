/** Jordan's IBAN: "JO", 2 check digits, a 4-letter bank code, a 4-digit branch code and an 18-character account. */
export const JORDAN_IBAN_LENGTH = 30
const JORDAN_IBAN = /^JO\d{2}[A-Z]{4}\d{4}[A-Z0-9]{18}$/

/** Removes spaces (people type IBANs in groups of four) and upper-cases. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase()
}

/** ISO 13616 / ISO 7064 mod 97-10: move the first four characters to the end, letters become 10..35, mod 97 is 1. */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

/** The rule a Jordanian IBAN breaks, in Arabic and English, or undefined when it is valid. */
export function ibanProblem(raw: string): string | undefined {
  const iban = normalizeIban(raw)
  if (!iban.startsWith("JO")) {
    return "must be a Jordanian IBAN starting with JO / يجب أن يكون رقم آيبان أردني يبدأ بـ JO"
  }
  if (iban.length !== JORDAN_IBAN_LENGTH) {
    return `must be ${JORDAN_IBAN_LENGTH} characters long, got ${iban.length} / يجب أن يتكوّن من ${JORDAN_IBAN_LENGTH} خانة`
  }
  if (!JORDAN_IBAN.test(iban)) {
    return "must be JO, 2 check digits, a 4-letter bank code, a 4-digit branch and an 18-character account / صيغة الآيبان غير صحيحة"
  }
  if (!ibanChecksumValid(iban)) {
    return "has wrong check digits (ISO 13616 mod-97): check for a typo / خانات التحقق في الآيبان غير صحيحة، تأكّد من عدم وجود خطأ في الكتابة"
  }
  return undefined
}
