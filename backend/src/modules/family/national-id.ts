import { createHmac } from "node:crypto"

/** Jordanian national numbers are 10 digits. */
export const NATIONAL_ID_PATTERN = /^\d{10}$/

/** A keyed hash lets the ministry find duplicate applications without storing the number itself. */
export function hashNationalId(nationalId: string, key: string): string {
  return createHmac("sha256", key).update(nationalId).digest("hex")
}

export function lastFour(nationalId: string): string {
  return nationalId.slice(-4)
}
