import { createHash, randomBytes } from "node:crypto"

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000

export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
