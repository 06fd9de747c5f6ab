import { z } from "zod"
import { GOVERNORATES } from "../../../modules/family/constants"
import { CATEGORIES } from "../../../scripts/seed-data/categories"
import { limitParam, offsetParam } from "../../utils/pagination"

const CATEGORY_HANDLES = CATEGORIES.map((category) => category.handle) as [string, ...string[]]

export const StoreFamiliesQuery = z.object({
  governorate: z
    .enum(GOVERNORATES, { error: `governorate must be one of: ${GOVERNORATES.join(", ")}` })
    .optional(),
  category: z
    .enum(CATEGORY_HANDLES, { error: `category must be one of: ${CATEGORY_HANDLES.join(", ")}` })
    .optional(),
  limit: limitParam(20),
  offset: offsetParam,
})
export type StoreFamiliesQuery = z.infer<typeof StoreFamiliesQuery>

export const StoreFamilyQuery = z.object({
  region_id: z.string({ error: "region_id must be text" }).trim().min(1).max(100).optional(),
  limit: limitParam(50),
  offset: offsetParam,
})
export type StoreFamilyQuery = z.infer<typeof StoreFamilyQuery>
