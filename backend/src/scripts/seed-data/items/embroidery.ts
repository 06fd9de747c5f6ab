import { from } from "../editions"
import type { BaseItem } from "../types"

const THREAD = { en: ["cotton embroidery thread"], ar: ["خيوط تطريز قطنية"] }

export const EMBROIDERY: readonly BaseItem[] = [
  {
    key: "tatreez-cushion-cover",
    category: "embroidery-tatreez",
    title: { en: "Tatreez cushion cover", ar: "غطاء وسادة مطرز" },
    description: {
      en: "A 45 × 45 cm cushion cover, cross-stitched by hand with the old cypress and star motifs, closed with a hidden zip. Insert not included.",
      ar: "غطاء وسادة بمقاس 45 × 45 سم، مطرز يدوياً بالقطبة الفلاحية بنقشتي السرو والنجمة القديمتين، ويُغلق بسحّاب مخفي. الحشوة غير مرفقة.",
    },
    materials: { en: ["black cotton canvas", ...THREAD.en], ar: ["قماش قطني أسود", ...THREAD.ar] },
    weightGrams: 300,
    processingDays: 14,
    image: "tatreez",
    editions: [from("irbid", 22_000), from("jerash", 20_000), from("zarqa", 19_500)],
  },
  {
    key: "embroidered-thobe-panel",
    category: "embroidery-tatreez",
    title: { en: "Embroidered thobe chest panel (qabbeh)", ar: "قَبّة ثوب مطرزة" },
    description: {
      en: "The square chest panel of a traditional thobe, embroidered edge to edge. Sew it onto a dress or frame it as a picture.",
      ar: "القَبّة المربعة التي تزيّن صدر الثوب التقليدي، مطرزة بالكامل من طرف إلى طرف. تُخاط على فستان أو تُؤطر لوحةً.",
    },
    materials: {
      en: ["cotton evenweave", "silk-finish thread"],
      ar: ["قماش قطني منتظم النسج", "خيوط حريرية اللمعة"],
    },
    weightGrams: 250,
    processingDays: 21,
    image: "tatreez",
    editions: [from("madaba", 45_000), from("karak", 48_000), from("irbid", 42_000)],
  },
  {
    key: "tatreez-bookmarks",
    category: "embroidery-tatreez",
    title: { en: "Set of three tatreez bookmarks", ar: "فواصل كتب مطرزة (3 قطع)" },
    description: {
      en: "Three bookmarks cross-stitched on linen, each with a different motif, backed with felt and finished with a tassel.",
      ar: "ثلاثة فواصل كتب مطرزة على الكتان، لكل منها نقشة مختلفة، مبطّنة باللباد ومزيّنة بشُرّابة.",
    },
    materials: { en: ["linen", "felt", ...THREAD.en], ar: ["كتان", "لباد", ...THREAD.ar] },
    weightGrams: 60,
    processingDays: 7,
    image: "tatreez",
    editions: [from("amman", 6_000), from("irbid", 5_500), from("mafraq", 5_000)],
  },
  {
    key: "tatreez-table-runner",
    category: "embroidery-tatreez",
    title: { en: "Tatreez table runner", ar: "مفرش طاولة مطرز" },
    description: {
      en: "A 180 × 35 cm runner with a border of embroidered diamonds along both long edges and a motif at each end.",
      ar: "مفرش بطول 180 سم وعرض 35 سم، تحفّ جانبيه الطويلين معينات مطرزة وتزيّن طرفيه نقشة كاملة.",
    },
    materials: { en: ["cotton canvas", ...THREAD.en], ar: ["قماش قطني", ...THREAD.ar] },
    weightGrams: 400,
    processingDays: 21,
    image: "tatreez",
    editions: [from("jerash", 32_000), from("ajloun", 30_000), from("amman", 35_000)],
  },
  {
    key: "embroidered-coin-purse",
    category: "embroidery-tatreez",
    title: { en: "Embroidered coin purse", ar: "محفظة نقود مطرزة" },
    description: {
      en: "A small zipped purse, embroidered on both sides and lined with cotton. Fits coins, cards and keys.",
      ar: "محفظة صغيرة بسحّاب، مطرزة من الجهتين ومبطنة بالقطن. تتسع للنقود والبطاقات والمفاتيح.",
    },
    materials: {
      en: ["cotton canvas", "cotton lining", ...THREAD.en],
      ar: ["قماش قطني", "بطانة قطنية", ...THREAD.ar],
    },
    weightGrams: 80,
    processingDays: 7,
    image: "tatreez",
    editions: [from("zarqa", 7_500), from("balqa", 7_000), from("aqaba", 8_000)],
  },
  {
    key: "embroidered-tote-bag",
    category: "embroidery-tatreez",
    title: { en: "Embroidered tote bag", ar: "حقيبة قماشية مطرزة" },
    description: {
      en: "A sturdy canvas tote with a hand-embroidered front panel, long handles and an inside pocket.",
      ar: "حقيبة متينة من القماش بواجهة مطرزة يدوياً ومقابض طويلة وجيب داخلي.",
    },
    materials: { en: ["cotton canvas", ...THREAD.en], ar: ["قماش قطني سميك", ...THREAD.ar] },
    weightGrams: 350,
    processingDays: 14,
    image: "tatreez",
    editions: [from("irbid", 24_000), from("madaba", 22_000), from("tafilah", 21_000)],
  },
]
