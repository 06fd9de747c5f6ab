import type { DemoImageKind, PotteryShape } from "../../lib/demo-images"
import type { CategoryHandle } from "./categories"
import type { GovernorateKey } from "./governorates"

export interface Bilingual {
  en: string
  ar: string
}

export interface SizeLabel extends Bilingual {
  /** Goes into the handle: "1l", "60x90". */
  key: string
}

/** One product made from a base item: the item as made in one governorate, in one size. */
export interface Edition {
  governorate: GovernorateKey
  priceFils: number
  size?: SizeLabel
  /** Overrides the base item's weight, for sized editions. */
  weightGrams?: number
}

/** A kind of good that several families make; each edition of it becomes one product. */
export interface BaseItem {
  /** The handle's stem: "zaatar-blend". */
  key: string
  category: CategoryHandle
  title: Bilingual
  description: Bilingual
  materials: { en: readonly string[]; ar: readonly string[] }
  /** Grams with packaging, for shipping quotes. */
  weightGrams: number
  processingDays: number
  image: DemoImageKind
  potteryShape?: PotteryShape
  editions: readonly Edition[]
}

/** Everything the seed needs to create one product, already in plain values. */
export interface SeedProduct {
  handle: string
  sku: string
  category: CategoryHandle
  title: Bilingual
  description: Bilingual
  variantTitle: string
  materials: Bilingual
  governorate: GovernorateKey
  weightGrams: number
  priceFils: number
  processingDays: number
  stock: number
  image: DemoImageKind
  potteryShape?: PotteryShape
  /** A listing the family has sent for moderation (created unpublished); absent: on sale. */
  listing?: "pending_review"
}
