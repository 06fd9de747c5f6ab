import { hashString } from "../../lib/demo-images"
import { GOVERNORATES } from "./governorates"
import { CANDLES } from "./items/candles"
import { EMBROIDERY } from "./items/embroidery"
import { MOSAICS } from "./items/mosaics"
import { PANTRY } from "./items/pantry"
import { POTTERY } from "./items/pottery"
import { SOAP } from "./items/soap"
import { TEXTILES } from "./items/textiles"
import type { BaseItem, Edition, SeedProduct } from "./types"

export const BASE_ITEMS: readonly BaseItem[] = [
  ...PANTRY,
  ...EMBROIDERY,
  ...SOAP,
  ...POTTERY,
  ...MOSAICS,
  ...TEXTILES,
  ...CANDLES,
]

const MIN_STOCK = 5
const MAX_STOCK = 60

/** Stock between 5 and 60 that depends only on the handle, so every fresh seed has the same shelves. */
export const stockFor = (handle: string): number =>
  MIN_STOCK + (hashString(`stock:${handle}`) % (MAX_STOCK - MIN_STOCK + 1))

function toProduct(item: BaseItem, edition: Edition): SeedProduct {
  const place = GOVERNORATES[edition.governorate]
  const size = edition.size
  const handle = [item.key, edition.governorate, size?.key].filter(Boolean).join("-")
  return {
    handle,
    sku: handle.toUpperCase(),
    category: item.category,
    title: {
      en: `${item.title.en} from ${place.en}${size ? ` (${size.en})` : ""}`,
      ar: `${item.title.ar} من ${place.ar}${size ? ` (${size.ar})` : ""}`,
    },
    description: {
      en: `${item.description.en} Made by a productive family in ${place.en}.`,
      ar: `${item.description.ar} من صنع أسرة منتجة في ${place.ar}.`,
    },
    variantTitle: size?.en ?? "Standard",
    materials: { en: item.materials.en.join(", "), ar: item.materials.ar.join("، ") },
    governorate: edition.governorate,
    weightGrams: edition.weightGrams ?? item.weightGrams,
    priceFils: edition.priceFils,
    processingDays: item.processingDays,
    stock: stockFor(handle),
    image: item.image,
    potteryShape: item.potteryShape,
  }
}

/** Every demo product: each base item once per edition. Throws if two editions would share a handle. */
export function buildCatalogue(items: readonly BaseItem[] = BASE_ITEMS): SeedProduct[] {
  const products = items.flatMap((item) => item.editions.map((edition) => toProduct(item, edition)))
  const seen = new Set<string>()
  for (const { handle } of products) {
    if (seen.has(handle)) throw new Error(`Two demo products share the handle "${handle}"`)
    seen.add(handle)
  }
  return products
}
