import { seededRandom } from "../../lib/demo-images"
import type { ListingStatus } from "../../lib/listings/lifecycle"
import type { FamilyStatus } from "../../modules/family/constants"
import { BASE_ITEMS } from "../seed-data/catalogue"
import type { CategoryHandle } from "../seed-data/categories"
import { GOVERNORATES, type GovernorateKey } from "../seed-data/governorates"
import type { BaseItem, Bilingual } from "../seed-data/types"
import { BUYERS, CRAFTS, MEN, STYLES, SURNAMES, WOMEN } from "./names"

/**
 * Deterministic scale data: record n is always the same whatever else exists, so a run can tell which records
 * it already made (by handle or `scale_index`) and a bigger size only adds the difference.
 */

const DAY_MS = 24 * 3_600 * 1_000
const GOVERNORATE_KEYS = Object.keys(GOVERNORATES) as GovernorateKey[]
const AGE_BANDS = ["age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_64", "age_65_plus"] as const

const pad = (index: number) => String(index).padStart(5, "0")

/** Scale families' handles end in `-sf00042`; nothing else does. */
export const SCALE_FAMILY_HANDLE = /-sf(\d{5,})$/

export type ScaleFamily = {
  index: number
  handle: string
  name: Bilingual
  story: Bilingual
  governorate: GovernorateKey
  community_centre: string
  association: string | null
  status: FamilyStatus
  created_at: Date
  submitted_at: Date | null
  approved_at: Date | null
  owner: { email: string; name: string }
  profile: {
    gender: "female" | "male"
    age_band: (typeof AGE_BANDS)[number]
    disability: boolean
    household: number
    national_id: string
  }
}

/** One family in twenty suspended and three in twenty still applying; the rest approved. */
export function scaleFamilyStatus(index: number): FamilyStatus {
  const slot = index % 20
  if (slot === 0) return "suspended"
  if (slot === 1) return "under_review"
  if (slot === 2) return "submitted"
  if (slot === 3) return "draft"
  return "approved"
}

/** Approved and suspended families have products (a suspended family's stay hidden). */
export const familyHasProducts = (status: string) => status === "approved" || status === "suspended"

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

export function scaleFamily(index: number, now: number): ScaleFamily {
  const random = seededRandom(`scale-family:${index}`)
  const governorate = GOVERNORATE_KEYS[index % GOVERNORATE_KEYS.length] as GovernorateKey
  const place = GOVERNORATES[governorate]
  const female = random.chance(0.85)
  const maker = random.pick(female ? WOMEN : MEN)
  const surname = random.pick(SURNAMES)
  const craft = random.pick(CRAFTS)
  const son = random.pick(MEN)
  const names: Bilingual[] = [
    { en: `Umm ${son.en}'s ${craft.en}`, ar: `${craft.ar} أم ${son.ar}` },
    { en: `${surname.en} Family ${craft.en}`, ar: `${craft.ar} عائلة ${surname.ar}` },
    { en: `${place.en} ${craft.en} of ${maker.en}`, ar: `${craft.ar} ${maker.ar} في ${place.ar}` },
    { en: `${maker.en} and Daughters`, ar: `${maker.ar} وبناتها` },
  ]
  const name = random.pick(names)
  const status = scaleFamilyStatus(index)
  const created = now - random.int(200, 900) * DAY_MS
  const submitted = status === "draft" ? null : created + random.int(1, 20) * DAY_MS
  const approved =
    (status === "approved" || status === "suspended") && submitted
      ? submitted + random.int(3, 45) * DAY_MS
      : null
  const handle = `${slug(name.en)}-sf${pad(index)}`
  return {
    index,
    handle,
    name,
    story: {
      en: `${maker.en} ${surname.en} and her family work from home in ${place.en}, selling through the community development centre.`,
      ar: `تعمل ${maker.ar} ${surname.ar} مع عائلتها من البيت في ${place.ar}، وتبيع عن طريق مركز تنمية المجتمع المحلي.`,
    },
    governorate,
    community_centre: `${place.en} Community Development Centre`,
    association: random.chance(0.4) ? `${place.en} Women's Charitable Society` : null,
    status,
    created_at: new Date(created),
    submitted_at: submitted ? new Date(submitted) : null,
    approved_at: approved ? new Date(approved) : null,
    owner: { email: `${handle}@families.usra.jo`, name: `${maker.en} ${surname.en}` },
    profile: {
      gender: female ? "female" : "male",
      age_band: random.pick(AGE_BANDS),
      disability: random.chance(0.12),
      household: random.int(2, 12),
      national_id: `9${String(100_000_000 + index).slice(-9)}`,
    },
  }
}

export type ScaleProduct = {
  index: number
  handle: string
  sku: string
  category: CategoryHandle
  title: Bilingual
  description: Bilingual
  materials: Bilingual
  variantTitle: string
  weightGrams: number
  priceFils: number
  processingDays: number
  stock: number
  imageHandle: string
  listing: ListingStatus
  created_at: Date
}

/** The demo product whose picture a base item's scale products share (the seed draws one per demo product). */
function demoHandle(item: BaseItem): string {
  const edition = item.editions[0]
  if (!edition) throw new Error(`Base item ${item.key} has no editions`)
  return [item.key, edition.governorate, edition.size?.key].filter(Boolean).join("-")
}

function listingStatus(roll: number): ListingStatus {
  if (roll < 0.9) return "published"
  if (roll < 0.94) return "pending_review"
  if (roll < 0.97) return "draft"
  return "changes_requested"
}

/** Product n, made by a family in `governorate`: one of the demo catalogue's goods in one of its sizes. */
export function scaleProduct(index: number, governorate: GovernorateKey, now: number): ScaleProduct {
  const random = seededRandom(`scale-product:${index}`)
  const item = random.pick(BASE_ITEMS)
  const edition = random.pick(item.editions)
  const style = random.pick(STYLES)
  const place = GOVERNORATES[governorate]
  const size = edition.size
  const handle = [item.key, governorate, size?.key, `s${index}`].filter(Boolean).join("-")
  // Each family prices its own: within -15%..+30% of the demo price, on a quarter dinar.
  const priceFils = Math.max(250, Math.round((edition.priceFils * random.int(85, 130)) / 100 / 250) * 250)
  const titleEn = item.title.en.charAt(0).toLowerCase() + item.title.en.slice(1)
  return {
    index,
    handle,
    sku: handle.toUpperCase(),
    category: item.category,
    title: {
      en: `${style.en} ${titleEn} from ${place.en}${size ? ` (${size.en})` : ""}`,
      ar: `${item.title.ar} ${style.ar} من ${place.ar}${size ? ` (${size.ar})` : ""}`,
    },
    description: {
      en: `${item.description.en} Made by a productive family in ${place.en}.`,
      ar: `${item.description.ar} من صنع أسرة منتجة في ${place.ar}.`,
    },
    materials: { en: item.materials.en.join(", "), ar: item.materials.ar.join("، ") },
    variantTitle: size?.en ?? "Standard",
    weightGrams: edition.weightGrams ?? item.weightGrams,
    priceFils,
    processingDays: item.processingDays,
    stock: random.chance(0.03) ? 0 : random.int(3, 60),
    imageHandle: demoHandle(item),
    listing: listingStatus(random.next()),
    created_at: new Date(now - random.int(0, 730 * 24) * 3_600 * 1_000),
  }
}

/** The family that makes product n: one of the families that sell, spread evenly and stable for a given set. */
export function familyForProduct<T>(index: number, sellers: readonly T[]): T {
  const seller = sellers[seededRandom(`scale-product-family:${index}`).int(0, sellers.length - 1)]
  if (seller === undefined) throw new Error("No family can have products: seed some families first")
  return seller
}

export const ORDER_REGIONS = [
  { currency: "jod", country: "jo", city: "Amman", weight: 25 },
  { currency: "sar", country: "sa", city: "Riyadh", weight: 15 },
  { currency: "aed", country: "ae", city: "Dubai", weight: 15 },
  { currency: "eur", country: "de", city: "Berlin", weight: 20 },
  { currency: "gbp", country: "gb", city: "London", weight: 10 },
  { currency: "usd", country: "us", city: "Chicago", weight: 15 },
] as const

export type ScaleOrder = {
  index: number
  currency: string
  country: string
  city: string
  email: string
  buyer: { first: string; last: string }
  status: "completed" | "pending" | "canceled"
  created_at: Date
  /** Indexes into the list of products on sale, with quantities; never the same product twice. */
  lines: { product: number; quantity: number }[]
}

/**
 * Order n: 1-3 lines (most orders one), mostly from the best sellers (a skewed pick, so popularity means
 * something), in one of the six regions' currencies, from one of 8,000 returning buyers.
 */
export function scaleOrder(index: number, productsOnSale: number, now: number): ScaleOrder {
  const random = seededRandom(`scale-order:${index}`)
  const roll = random.int(1, 100)
  let cumulative = 0
  const region =
    ORDER_REGIONS.find((candidate) => {
      cumulative += candidate.weight
      return roll <= cumulative
    }) ?? ORDER_REGIONS[0]
  const count = Math.min(productsOnSale, random.chance(0.6) ? 1 : random.chance(0.75) ? 2 : 3)
  const lines = new Map<number, number>()
  while (lines.size < count) {
    const product = Math.floor(random.next() ** 2 * productsOnSale)
    lines.set(product, random.chance(0.8) ? 1 : 2)
  }
  const status = random.chance(0.7) ? "completed" : random.chance(0.8) ? "pending" : "canceled"
  const buyer = index % 8_000
  return {
    index,
    currency: region.currency,
    country: region.country,
    city: region.city,
    email: `buyer-${buyer}@example.com`,
    buyer: BUYERS[buyer % BUYERS.length] as { first: string; last: string },
    status,
    created_at: new Date(now - random.int(0, 365 * 24) * 3_600 * 1_000),
    lines: [...lines].map(([product, quantity]) => ({ product, quantity })),
  }
}
