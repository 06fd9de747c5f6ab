/** Shows only the last 4 characters: what a family sees of its own IBAN or alias. */
export function maskTail(value: string | null | undefined): string | null {
  if (!value) return null
  if (value.length <= 4) return "•".repeat(value.length)
  return `${"•".repeat(value.length - 4)}${value.slice(-4)}`
}
