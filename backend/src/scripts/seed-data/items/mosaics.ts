import { from, SIZES, sized } from "../editions"
import type { BaseItem } from "../types"

const STONE = {
  en: ["natural stone tesserae", "tile grout"],
  ar: ["مكعبات حجر طبيعي", "روبة"],
}

export const MOSAICS: readonly BaseItem[] = [
  {
    key: "stone-mosaic-coasters",
    category: "mosaics",
    title: { en: "Stone mosaic coasters", ar: "قواعد أكواب من الفسيفساء الحجرية" },
    description: {
      en: "Square coasters of cut natural stone, each laid with a motif from Madaba's Byzantine floors and backed with cork.",
      ar: "قواعد أكواب مربعة من الحجر الطبيعي المقصوص، كل منها بنقشة من أرضيات مادبا البيزنطية ومبطّنة بالفلّين.",
    },
    materials: { en: [...STONE.en, "cork"], ar: [...STONE.ar, "فلّين"] },
    weightGrams: 700,
    processingDays: 10,
    image: "mosaic",
    editions: [
      sized("madaba", SIZES.set4, 700, 14_000),
      sized("madaba", SIZES.set6, 1_000, 20_000),
      sized("amman", SIZES.set4, 700, 13_500),
    ],
  },
  {
    key: "tree-of-life-mosaic-panel",
    category: "mosaics",
    title: { en: "Tree of life mosaic panel", ar: "لوحة فسيفساء شجرة الحياة" },
    description: {
      en: "A 30 × 40 cm wall panel of the tree of life, set stone by stone on a wooden board and ready to hang.",
      ar: "لوحة جدارية بمقاس 30 × 40 سم لشجرة الحياة، مرصوفة حجراً حجراً على لوح خشبي وجاهزة للتعليق.",
    },
    materials: { en: [...STONE.en, "wooden board"], ar: [...STONE.ar, "لوح خشبي"] },
    weightGrams: 3_500,
    processingDays: 14,
    image: "mosaic",
    editions: [from("madaba", 65_000), from("amman", 60_000), from("jerash", 58_000)],
  },
  {
    key: "mosaic-mirror-frame",
    category: "mosaics",
    title: { en: "Mosaic mirror frame", ar: "مرآة بإطار من الفسيفساء" },
    description: {
      en: "A round mirror, 40 cm across, framed with a ring of stone tesserae in a wave pattern.",
      ar: "مرآة دائرية بقطر 40 سم، يحيط بها إطار من مكعبات الحجر بنقشة الموج.",
    },
    materials: {
      en: [...STONE.en, "mirror glass", "wooden board"],
      ar: [...STONE.ar, "زجاج مرآة", "لوح خشبي"],
    },
    weightGrams: 2_500,
    processingDays: 14,
    image: "mosaic",
    editions: [from("madaba", 38_000), from("balqa", 35_000), from("karak", 36_000)],
  },
  {
    key: "mosaic-trivet",
    category: "mosaics",
    title: { en: "Mosaic trivet", ar: "قاعدة فسيفساء للأواني الساخنة" },
    description: {
      en: "A 20 × 20 cm stone trivet for hot pots and teapots, with felt feet to protect the table.",
      ar: "قاعدة حجرية بمقاس 20 × 20 سم للقدور والأباريق الساخنة، بأرجل من اللباد تحمي الطاولة.",
    },
    materials: { en: [...STONE.en, "felt"], ar: [...STONE.ar, "لباد"] },
    weightGrams: 1_200,
    processingDays: 10,
    image: "mosaic",
    editions: [from("madaba", 12_000), from("jerash", 11_500), from("aqaba", 12_500)],
  },
]
