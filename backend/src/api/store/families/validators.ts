import { z } from "zod"
import { GOVERNORATES } from "../../../modules/family/constants"
import { CATEGORIES } from "../../../scripts/seed-data/categories"

const CATEGORY_HANDLES = CATEGORIES.map((category) => category.handle) as [string, ...string[]]

const limit = (max: number, fallback: number) =>
  z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(max, `limit must be at most ${max}`)
    .default(fallback)

const offset = z.coerce
  .number({ error: "offset must be a number" })
  .int("offset must be a whole number")
  .min(0, "offset must be 0 or more")
  .max(1_000_000, "offset must be at most 1000000")
  .default(0)

export const StoreFamiliesQuery = z.object({
  governorate: z
    .enum(GOVERNORATES, { error: `governorate must be one of: ${GOVERNORATES.join(", ")}` })
    .optional(),
  category: z
    .enum(CATEGORY_HANDLES, { error: `category must be one of: ${CATEGORY_HANDLES.join(", ")}` })
    .optional(),
  limit: limit(100, 20),
  offset,
})
export type StoreFamiliesQuery = z.infer<typeof StoreFamiliesQuery>

export const StoreFamilyQuery = z.object({
  region_id: z.string({ error: "region_id must be text" }).trim().min(1).max(100).optional(),
  limit: limit(100, 50),
  offset,
})
export type StoreFamilyQuery = z.infer<typeof StoreFamilyQuery>
