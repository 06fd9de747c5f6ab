/** Card number checks the form makes before anything leaves the browser (Luhn, length, expiry, CVC). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** "MM/YY" or "MM / YYYY" to a month and a four-digit year; null when it is not a date in the future. */
export function parseExpiry(text: string, now = new Date()): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text)
  if (!match) return null
  const month = Number(match[1])
  const year = match[2]?.length === 2 ? 2000 + Number(match[2]) : Number(match[2])
  if (month < 1 || month > 12) return null
  const endOfMonth = new Date(Date.UTC(year, month, 1))
  return endOfMonth > now ? { month, year } : null
}

export type CardProblem = "invalid_card" | "invalid_expiry" | "invalid_cvc"

export function checkCard(input: { number: string; expiry: string; cvc: string }): {
  problems: Partial<Record<"number" | "expiry" | "cvc", CardProblem>>
  card: { number: string; month: number; year: number; cvc: string } | null
} {
  const number = input.number.replace(/[\s-]/g, "")
  const expiry = parseExpiry(input.expiry)
  const cvc = input.cvc.trim()
  const problems: Partial<Record<"number" | "expiry" | "cvc", CardProblem>> = {}
  if (!luhnValid(number)) problems.number = "invalid_card"
  if (!expiry) problems.expiry = "invalid_expiry"
  if (!/^\d{3,4}$/.test(cvc)) problems.cvc = "invalid_cvc"
  return {
    problems,
    card:
      Object.keys(problems).length === 0 && expiry
        ? { number, month: expiry.month, year: expiry.year, cvc }
        : null,
  }
}
