import { from } from "../editions"
import type { BaseItem } from "../types"

const PAINTED = {
  en: ["local red clay", "mineral paints", "lead-free glaze"],
  ar: ["طين أحمر محلي", "ألوان معدنية", "طلاء زجاجي خالٍ من الرصاص"],
}

export const POTTERY: readonly BaseItem[] = [
  {
    key: "hand-painted-pottery-bowl",
    category: "pottery-ceramics",
    title: { en: "Hand-painted pottery bowl", ar: "زبدية فخار مرسومة يدوياً" },
    description: {
      en: "A wheel-thrown bowl, 22 cm across, painted with bands and zigzags and glazed inside. For salads, fruit or bread.",
      ar: "زبدية مشكّلة على الدولاب بقطر 22 سم، مرسومة بخطوط ومثلثات متعرجة ومزججة من الداخل. للسلطة أو الفاكهة أو الخبز.",
    },
    materials: PAINTED,
    weightGrams: 900,
    processingDays: 10,
    image: "pottery",
    potteryShape: "bowl",
    editions: [from("irbid", 12_000), from("ajloun", 11_000), from("amman", 13_500)],
  },
  {
    key: "clay-water-jug",
    category: "pottery-ceramics",
    title: { en: "Clay water jug (ibreeq)", ar: "إبريق فخار للماء" },
    description: {
      en: "An unglazed jug that keeps water cool as it breathes, as in village homes before fridges. Holds about 1.5 litres.",
      ar: "إبريق غير مزجج يبرّد الماء بمسامّه كما في بيوت القرى قبل الثلاجات. يتسع لنحو لتر ونصف.",
    },
    materials: { en: ["unglazed red clay"], ar: ["طين أحمر غير مزجج"] },
    weightGrams: 1_600,
    processingDays: 10,
    image: "pottery",
    potteryShape: "jug",
    editions: [from("ajloun", 15_000), from("jerash", 14_000), from("irbid", 15_500)],
  },
  {
    key: "hand-painted-serving-plate",
    category: "pottery-ceramics",
    title: { en: "Hand-painted serving plate", ar: "طبق تقديم مرسوم يدوياً" },
    description: {
      en: "A wide plate, 32 cm across, for mansaf, maqluba or a table of mezze, painted by hand and fully glazed.",
      ar: "طبق واسع بقطر 32 سم للمنسف أو المقلوبة أو سفرة المقبلات، مرسوم يدوياً ومزجج بالكامل.",
    },
    materials: PAINTED,
    weightGrams: 1_200,
    processingDays: 10,
    image: "pottery",
    potteryShape: "plate",
    editions: [from("amman", 16_000), from("madaba", 15_000), from("zarqa", 14_500)],
  },
  {
    key: "clay-incense-burner",
    category: "pottery-ceramics",
    title: { en: "Clay incense burner (mabkhara)", ar: "مبخرة فخارية" },
    description: {
      en: "A footed burner for bakhoor and frankincense, painted in desert colours. Place a hot coal in the top bowl.",
      ar: "مبخرة بقاعدة للبخور واللبان، مرسومة بألوان الصحراء. توضع الجمرة في الوعاء العلوي.",
    },
    materials: { en: ["local red clay", "mineral paints"], ar: ["طين أحمر محلي", "ألوان معدنية"] },
    weightGrams: 700,
    processingDays: 7,
    image: "pottery",
    potteryShape: "burner",
    editions: [from("maan", 9_000), from("aqaba", 9_500), from("karak", 8_500)],
  },
]
