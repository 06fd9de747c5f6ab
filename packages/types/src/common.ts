import { z } from "zod"

export const Locale = z.enum(["ar", "en"], { error: "locale must be one of: ar, en" })
export type Locale = z.infer<typeof Locale>

// Lowercase, as Medusa stores currency codes.
export const CurrencyCode = z.enum(["jod", "usd", "eur", "gbp", "sar", "aed"], {
  error: "currency_code must be one of: jod, usd, eur, gbp, sar, aed",
})
export type CurrencyCode = z.infer<typeof CurrencyCode>

/** An amount in the currency's smallest unit (fils, cents): never a float. */
export const MinorAmount = z
  .number({ error: "amount must be a number" })
  .int("amount must be an integer in the currency's smallest unit (fils, cents)")
  .nonnegative("amount must not be negative")
  .max(1e12, "amount must be at most 1000000000000")
export type MinorAmount = z.infer<typeof MinorAmount>

export const Money = z.object({ amount: MinorAmount, currency_code: CurrencyCode })
export type Money = z.infer<typeof Money>

// Query strings arrive as text, hence coerce; `default` short-circuits before coercion when absent.
export const Pagination = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be an integer")
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(20),
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be an integer")
    .min(0, "offset must be 0 or more")
    .default(0),
})
export type Pagination = z.infer<typeof Pagination>

export const Governorate = z.enum(
  [
    "amman",
    "irbid",
    "zarqa",
    "balqa",
    "madaba",
    "karak",
    "tafilah",
    "maan",
    "aqaba",
    "mafraq",
    "jerash",
    "ajloun",
  ],
  { error: "governorate must be one of Jordan's 12 governorates, e.g. amman, irbid, zarqa" },
)
export type Governorate = z.infer<typeof Governorate>

export const CategoryHandle = z.enum(
  [
    "pantry-food",
    "embroidery-tatreez",
    "soap-dead-sea-cosmetics",
    "pottery-ceramics",
    "mosaics",
    "textiles-rugs",
    "candles-crafts",
  ],
  { error: "category must be one of the marketplace's category handles, e.g. pantry-food" },
)
export type CategoryHandle = z.infer<typeof CategoryHandle>

/** A Medusa-style id: a short lowercase prefix, an underscore, then a ULID-like body (`fam_01H...`). */
export const Id = z
  .string({ error: "id must be a string" })
  .min(1, "id must not be empty")
  .max(64, "id must be at most 64 characters")
  .regex(/^[a-z]{2,8}_[0-9A-Za-z]{10,40}$/, "id must look like prefix_01H... (e.g. fam_01HZX3)")
export type Id = z.infer<typeof Id>

export const IsoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" })
export type IsoDateTime = z.infer<typeof IsoDateTime>
