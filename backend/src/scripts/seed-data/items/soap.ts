import { from, SIZES, sized } from "../editions"
import type { BaseItem } from "../types"

export const SOAP: readonly BaseItem[] = [
  {
    key: "dead-sea-mud-soap",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Dead Sea mud soap", ar: "صابون طين البحر الميت" },
    description: {
      en: "Cold-process soap cured for six weeks, with black mud from the Dead Sea shore. Cleans oily skin without drying it. 150 g bar.",
      ar: "صابون مصنوع على البارد ومعتّق ستة أسابيع، فيه الطين الأسود من شاطئ البحر الميت. ينظف البشرة الدهنية دون أن يجففها. قالب 150 غ.",
    },
    materials: {
      en: ["olive oil", "Dead Sea mud", "coconut oil", "shea butter"],
      ar: ["زيت زيتون", "طين البحر الميت", "زيت جوز الهند", "زبدة الشيا"],
    },
    weightGrams: 170,
    processingDays: 3,
    image: "soap",
    editions: [from("balqa", 3_500), from("karak", 3_250), from("madaba", 3_500)],
  },
  {
    key: "dead-sea-salt-soap",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Dead Sea salt soap", ar: "صابون ملح البحر الميت" },
    description: {
      en: "A firm, gently scrubbing bar made with Dead Sea salt and a little rosemary, cured for six weeks. 150 g bar.",
      ar: "قالب صابون متماسك يقشّر بلطف، مصنوع بملح البحر الميت وقليل من إكليل الجبل ومعتّق ستة أسابيع. قالب 150 غ.",
    },
    materials: {
      en: ["olive oil", "Dead Sea salt", "coconut oil", "rosemary"],
      ar: ["زيت زيتون", "ملح البحر الميت", "زيت جوز الهند", "إكليل الجبل"],
    },
    weightGrams: 170,
    processingDays: 3,
    image: "soap",
    editions: [from("balqa", 3_250), from("karak", 3_500), from("madaba", 3_250)],
  },
  {
    key: "pure-olive-oil-soap",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Pure olive oil soap trio", ar: "صابون زيت الزيتون الخالص (3 قوالب)" },
    description: {
      en: "Made from the family's own olive oil and nothing else, cut into bars and cured for two months. Gentle enough for babies.",
      ar: "مصنوع من زيت زيتون العائلة وحده، يُقطّع قوالب ويُعتّق شهرين. لطيف حتى على بشرة الأطفال.",
    },
    materials: { en: ["olive oil", "water", "sodium hydroxide"], ar: ["زيت زيتون", "ماء", "صودا كاوية"] },
    weightGrams: 420,
    processingDays: 3,
    image: "soap",
    editions: [from("ajloun", 4_500), from("irbid", 4_250), from("jerash", 4_500)],
  },
  {
    key: "dead-sea-bath-salts",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Dead Sea bath salts", ar: "أملاح البحر الميت للاستحمام" },
    description: {
      en: "Coarse Dead Sea salt, sieved and scented with a few drops of lavender oil. Dissolve a handful in a warm bath.",
      ar: "ملح البحر الميت الخشن، منخول ومعطّر بقطرات من زيت الخزامى. تُذاب حفنة منه في ماء الحمّام الدافئ.",
    },
    materials: { en: ["Dead Sea salt", "lavender oil"], ar: ["ملح البحر الميت", "زيت الخزامى"] },
    weightGrams: 600,
    processingDays: 2,
    image: "soap",
    editions: [
      sized("balqa", SIZES.g250, 320, 2_500),
      sized("karak", SIZES.g500, 600, 4_000),
      sized("madaba", SIZES.kg1, 1_100, 6_500),
    ],
  },
  {
    key: "dead-sea-mud-mask",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Dead Sea mud mask", ar: "قناع طين البحر الميت" },
    description: {
      en: "Dead Sea mud softened with aloe vera and olive oil. Spread a thin layer, leave for ten minutes, rinse. 250 g jar.",
      ar: "طين البحر الميت مليّن بالصبّار وزيت الزيتون. تُوضع طبقة رقيقة لعشر دقائق ثم تُشطف. علبة 250 غ.",
    },
    materials: {
      en: ["Dead Sea mud", "aloe vera", "olive oil"],
      ar: ["طين البحر الميت", "صبّار", "زيت زيتون"],
    },
    weightGrams: 350,
    processingDays: 2,
    image: "soap",
    editions: [from("karak", 4_500), from("balqa", 4_250), from("madaba", 4_500)],
  },
  {
    key: "goat-milk-honey-soap",
    category: "soap-dead-sea-cosmetics",
    title: { en: "Goat's milk and honey soap", ar: "صابون حليب الماعز والعسل" },
    description: {
      en: "A creamy bar made with milk from the family's goats and honey from a neighbour's hives. 150 g bar.",
      ar: "قالب صابون كريمي مصنوع بحليب ماعز العائلة وعسل من خلايا الجيران. قالب 150 غ.",
    },
    materials: {
      en: ["goat's milk", "honey", "olive oil", "coconut oil"],
      ar: ["حليب ماعز", "عسل", "زيت زيتون", "زيت جوز الهند"],
    },
    weightGrams: 170,
    processingDays: 3,
    image: "soap",
    editions: [from("mafraq", 3_500), from("ajloun", 3_750), from("karak", 3_500)],
  },
]
