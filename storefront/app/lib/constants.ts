import type { CategoryHandle, Governorate } from "@usra/types"

// Plain arrays for components: importing the zod schemas of @usra/types would ship zod to the browser.
export const CATEGORY_HANDLES = [
  "pantry-food",
  "embroidery-tatreez",
  "soap-dead-sea-cosmetics",
  "pottery-ceramics",
  "mosaics",
  "textiles-rugs",
  "candles-crafts",
] as const satisfies readonly CategoryHandle[]

export const GOVERNORATES = [
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
] as const satisfies readonly Governorate[]
