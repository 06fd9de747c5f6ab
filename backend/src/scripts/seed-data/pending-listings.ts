import { buildCatalogue } from "./catalogue"
import { from, SIZES, sized } from "./editions"
import type { BaseItem, SeedProduct } from "./types"

/**
 * New listings that approved families have sent for moderation, so the console's Listings screen has work in the
 * demo. They are not part of `buildCatalogue()` (the demo shop's on-sale products); each goes to the family of its
 * governorate that makes its category, as every demo product does (see `familyForProduct`).
 */
export const PENDING_ITEMS: readonly BaseItem[] = [
  {
    key: "mosaic-tile-trivet",
    category: "mosaics",
    title: { en: "Stone mosaic trivet", ar: "حامل أوانٍ من الفسيفساء الحجرية" },
    description: {
      en: "A square trivet, 20 cm a side, set with a pomegranate in natural stone tesserae on a cork back. Takes a hot pot straight from the stove.",
      ar: "حامل مربع طول ضلعه 20 سم، مرصّع برمّانة من قطع الحجر الطبيعي على قاعدة من الفلين. يحمل القدر الساخن مباشرة عن النار.",
    },
    materials: { en: ["natural stone", "grout", "cork"], ar: ["حجر طبيعي", "روبة", "فلين"] },
    weightGrams: 1_100,
    processingDays: 12,
    image: "mosaic",
    editions: [from("madaba", 16_000)],
  },
  {
    key: "dead-sea-salt-scrub",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Dead Sea salt scrub with olive oil", ar: "مقشّر ملح البحر الميت بزيت الزيتون" },
    description: {
      en: "Coarse Dead Sea salt stirred into cold-pressed olive oil with a little rosemary, in a glass jar.",
      ar: "ملح البحر الميت الخشن ممزوج بزيت زيتون معصور على البارد مع قليل من إكليل الجبل، في مرطبان زجاجي.",
    },
    materials: {
      en: ["Dead Sea salt", "olive oil", "rosemary oil"],
      ar: ["ملح البحر الميت", "زيت الزيتون", "زيت إكليل الجبل"],
    },
    weightGrams: 450,
    processingDays: 4,
    image: "jar",
    editions: [sized("karak", SIZES.g250, 450, 6_500)],
  },
  {
    key: "carob-molasses",
    category: "pantry-food",
    title: { en: "Carob molasses (dibs kharrub)", ar: "دبس الخرّوب" },
    description: {
      en: "Carob pods from the Dana valley, soaked and slowly boiled down to a dark syrup. With tahini on bread, or in sweets.",
      ar: "قرون خرّوب من وادي ضانا، تُنقع وتُغلى ببطء حتى تصير دبساً داكناً. مع الطحينة على الخبز أو في الحلويات.",
    },
    materials: { en: ["carob pods", "water"], ar: ["قرون الخرّوب", "ماء"] },
    weightGrams: 900,
    processingDays: 5,
    image: "jar",
    editions: [sized("tafilah", SIZES.ml500, 900, 5_500)],
  },
  {
    key: "painted-clay-lantern",
    category: "pottery-ceramics",
    title: { en: "Painted clay lantern", ar: "فانوس فخاري مرسوم" },
    description: {
      en: "A clay lantern pierced with stars and painted in ochre and blue. A tea light inside throws the pattern on the walls.",
      ar: "فانوس من الفخار مثقّب بالنجوم ومرسوم بالأصفر الترابي والأزرق. شمعة صغيرة في داخله ترسم النقش على الجدران.",
    },
    materials: { en: ["local red clay", "mineral paints"], ar: ["طين أحمر محلي", "ألوان معدنية"] },
    weightGrams: 1_000,
    processingDays: 10,
    image: "pottery",
    potteryShape: "jug",
    editions: [from("jerash", 13_000)],
  },
]

/** The pending listings as seed products, marked to be created waiting for the ministry's review. */
export function buildPendingListings(items: readonly BaseItem[] = PENDING_ITEMS): SeedProduct[] {
  return buildCatalogue(items).map((product) => ({ ...product, listing: "pending_review" as const }))
}
