import type { GovernorateKey } from "./governorates"
import type { Edition, SizeLabel } from "./types"

export const SIZES = {
  ml500: { key: "500ml", en: "500 ml", ar: "500 مل" },
  l1: { key: "1l", en: "1 litre", ar: "1 لتر" },
  l3: { key: "3l", en: "3 litre tin", ar: "تنكة 3 لتر" },
  g250: { key: "250g", en: "250 g", ar: "250 غ" },
  g500: { key: "500g", en: "500 g", ar: "500 غ" },
  kg1: { key: "1kg", en: "1 kg", ar: "1 كغ" },
  set4: { key: "set-of-4", en: "set of 4", ar: "طقم من 4 قطع" },
  set6: { key: "set-of-6", en: "set of 6", ar: "طقم من 6 قطع" },
  rugSmall: { key: "60x90", en: "60 × 90 cm", ar: "60 × 90 سم" },
  rugMedium: { key: "90x150", en: "90 × 150 cm", ar: "90 × 150 سم" },
  rugLarge: { key: "120x180", en: "120 × 180 cm", ar: "120 × 180 سم" },
} as const satisfies Record<string, SizeLabel>

/** The item as a family in `governorate` makes it, at the item's own weight. */
export const from = (governorate: GovernorateKey, priceFils: number): Edition => ({ governorate, priceFils })

/** A size of the item, which sets its own weight and price. */
export const sized = (
  governorate: GovernorateKey,
  size: SizeLabel,
  weightGrams: number,
  priceFils: number,
): Edition => ({ governorate, priceFils, size, weightGrams })
