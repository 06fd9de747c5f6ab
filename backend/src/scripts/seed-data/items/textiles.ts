import { from, SIZES, sized } from "../editions"
import type { BaseItem } from "../types"

const WOOL = {
  en: ["hand-spun sheep's wool", "natural dyes"],
  ar: ["صوف غنم مغزول يدوياً", "أصباغ طبيعية"],
}

export const TEXTILES: readonly BaseItem[] = [
  {
    key: "bani-hamida-style-rug",
    category: "textiles-rugs",
    title: { en: "Bani Hamida-style flat-woven rug", ar: "بساط منسوج على طريقة بني حميدة" },
    description: {
      en: "Woven on a ground loom from wool the family spins and dyes itself, in the stripes and diamond chains of the Bani Hamida mountains above the Dead Sea.",
      ar: "منسوج على النول الأرضي من صوف تغزله العائلة وتصبغه بنفسها، بالخطوط وسلاسل المعيّنات المعروفة في جبال بني حميدة المطلة على البحر الميت.",
    },
    materials: WOOL,
    weightGrams: 3_200,
    processingDays: 30,
    image: "rug",
    editions: [
      sized("madaba", SIZES.rugSmall, 1_500, 55_000),
      sized("madaba", SIZES.rugMedium, 3_200, 120_000),
      sized("karak", SIZES.rugLarge, 5_000, 185_000),
    ],
  },
  {
    key: "woven-wool-cushion-cover",
    category: "textiles-rugs",
    title: { en: "Woven wool cushion cover", ar: "غطاء وسادة من الصوف المنسوج" },
    description: {
      en: "A 45 × 45 cm cover woven on the same loom as the rugs, with a plain wool back and a button closure.",
      ar: "غطاء بمقاس 45 × 45 سم منسوج على نول البُسط نفسه، بظهر من الصوف السادة وإغلاق بالأزرار.",
    },
    materials: WOOL,
    weightGrams: 500,
    processingDays: 14,
    image: "rug",
    editions: [from("madaba", 25_000), from("karak", 24_000), from("mafraq", 22_000)],
  },
  {
    key: "crochet-baby-blanket",
    category: "textiles-rugs",
    title: { en: "Crochet baby blanket", ar: "بطانية أطفال كروشيه" },
    description: {
      en: "A soft 80 × 80 cm blanket crocheted in granny squares from cotton yarn that washes well.",
      ar: "بطانية ناعمة بمقاس 80 × 80 سم، مشغولة بالكروشيه مربعاتٍ من خيوط قطنية تتحمل الغسيل.",
    },
    materials: { en: ["soft cotton yarn"], ar: ["خيوط قطنية ناعمة"] },
    weightGrams: 600,
    processingDays: 10,
    image: "rug",
    editions: [from("zarqa", 20_000), from("irbid", 22_000), from("amman", 24_000)],
  },
  {
    key: "crochet-market-bag",
    category: "textiles-rugs",
    title: { en: "Crochet market bag", ar: "حقيبة تسوّق كروشيه" },
    description: {
      en: "A stretchy string bag crocheted from recycled cotton, light enough to fold into a pocket and strong enough for a week's vegetables.",
      ar: "حقيبة شبكية مرنة مشغولة بالكروشيه من القطن المعاد تدويره، خفيفة تُطوى في الجيب ومتينة تحمل خضار أسبوع.",
    },
    materials: { en: ["recycled cotton yarn"], ar: ["خيوط قطن معاد تدويره"] },
    weightGrams: 250,
    processingDays: 5,
    image: "rug",
    editions: [from("amman", 9_000), from("aqaba", 9_500), from("mafraq", 8_500)],
  },
]
