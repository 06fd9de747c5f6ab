import { from } from "../editions"
import type { BaseItem } from "../types"

export const CANDLES: readonly BaseItem[] = [
  {
    key: "jasmine-soy-candle",
    category: "candles-crafts",
    title: { en: "Jasmine soy candle", ar: "شمعة صويا بالياسمين" },
    description: {
      en: "Soy wax hand-poured into a small clay cup, scented with jasmine. Burns for about 35 hours.",
      ar: "شمع صويا يُسكب يدوياً في كوب فخاري صغير، معطّر بالياسمين. يشتعل نحو 35 ساعة.",
    },
    materials: {
      en: ["soy wax", "cotton wick", "jasmine oil", "clay cup"],
      ar: ["شمع الصويا", "فتيل قطني", "زيت الياسمين", "كوب فخاري"],
    },
    weightGrams: 400,
    processingDays: 3,
    image: "candle",
    editions: [from("amman", 7_000), from("irbid", 6_500), from("aqaba", 7_500)],
  },
  {
    key: "beeswax-pillar-candles",
    category: "candles-crafts",
    title: { en: "Pair of beeswax pillar candles", ar: "زوج شموع شمع النحل" },
    description: {
      en: "Two pillar candles poured from the wax of the family's own hives. They smell faintly of honey and burn slowly and clean.",
      ar: "شمعتان من شمع خلايا النحل التي تربيها العائلة. تفوح منهما رائحة العسل الخفيفة وتحترقان ببطء ودون دخان.",
    },
    materials: { en: ["beeswax", "cotton wick"], ar: ["شمع النحل", "فتيل قطني"] },
    weightGrams: 500,
    processingDays: 3,
    image: "candle",
    editions: [from("ajloun", 9_000), from("jerash", 8_500), from("balqa", 8_000)],
  },
  {
    key: "coloured-sand-bottle",
    category: "candles-crafts",
    title: { en: "Coloured sand bottle", ar: "زجاجة الرمل الملوّن" },
    description: {
      en: "Natural sand from the southern desert, layered grain by grain into a glass bottle to draw dunes, a camel and the sky, as the artists of Petra and Aqaba do.",
      ar: "رمل طبيعي من صحراء الجنوب يُرصف حبةً حبة داخل زجاجة ليرسم الكثبان والجمل والسماء، كما يفعل فنانو البتراء والعقبة.",
    },
    materials: { en: ["natural desert sand", "glass bottle"], ar: ["رمل صحراوي طبيعي", "زجاجة"] },
    weightGrams: 350,
    processingDays: 5,
    image: "sand",
    editions: [from("aqaba", 6_000), from("maan", 5_500), from("tafilah", 5_000)],
  },
]
