// The backend's alphabet: no 0/O, 1/I/L, so a code read aloud or typed from paper is never ambiguous.
const ALPHABET = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/

/** A code as typed or scanned (any case, spaces, dashes) in its canonical form, or null if it cannot be one. */
export function normalizeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "")
  return ALPHABET.test(code) ? code : null
}

/** "K7MX3QPA" as "K7MX 3QPA", easier to compare with the paper slip. */
export function displayCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}

/** Every line ticked: only then may the consignment be received as complete. */
export function allChecked(items: { line_item_id: string }[], checked: ReadonlySet<string>): boolean {
  return items.length > 0 && items.every((item) => checked.has(item.line_item_id))
}

export function isReceivable(status: string): boolean {
  return status === "awaiting_dropoff" || status === "ready"
}

export function isLate(deadline: string, now: Date = new Date()): boolean {
  return new Date(deadline).getTime() < now.getTime()
}
