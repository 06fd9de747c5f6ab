import { z } from "zod"

export const MAX_PAGE_SIZE = 100
const MAX_OFFSET = 1_000_000

/** `limit` for a list route: a whole number from 1 to `max` (default 100); `fallback` when absent. */
export const limitParam = (fallback = 20, max = MAX_PAGE_SIZE) =>
  z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(max, `limit must be at most ${max}`)
    .default(fallback)

export const offsetParam = z.coerce
  .number({ error: "offset must be a number" })
  .int("offset must be a whole number")
  .min(0, "offset must be 0 or more")
  .max(MAX_OFFSET, `offset must be at most ${MAX_OFFSET}`)
  .default(0)

/** The `limit` and `offset` every list route takes, with the same caps and messages everywhere. */
export const pagination = (fallback = 20) => ({ limit: limitParam(fallback), offset: offsetParam })
