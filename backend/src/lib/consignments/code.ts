import { randomInt } from "node:crypto"

/** No 0/O, 1/I/L: a code read aloud or copied from a phone screen cannot be mistyped into another. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const CODE_LENGTH = 8

/** A random consignment code, e.g. `K7MX3QPA` (31^8, about 8.5e11 codes). */
export function generateConsignmentCode(pick: (max: number) => number = randomInt): string {
  let code = ""
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[pick(CODE_ALPHABET.length)]
  return code
}

/**
 * What staff typed or scanned, as stored: upper case, spaces and dashes dropped (`k7mx-3qpa` is `K7MX3QPA`).
 * Undefined when it cannot be a code.
 */
export function normalizeConsignmentCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, "")
  if (code.length !== CODE_LENGTH) return undefined
  return [...code].every((char) => CODE_ALPHABET.includes(char)) ? code : undefined
}
