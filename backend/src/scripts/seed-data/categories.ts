export interface SeedCategory {
  handle: string
  name: string
  nameAr: string
  description: string
}

export const CATEGORIES = [
  {
    handle: "pantry-food",
    name: "Pantry and food",
    nameAr: "المونة والأطعمة",
    description: "Za'atar, olive oil, maftoul, jameed, pickles and sweets, made in family kitchens.",
  },
  {
    handle: "embroidery-tatreez",
    name: "Embroidery and tatreez",
    nameAr: "التطريز الفلسطيني والأردني",
    description: "Cross-stitch embroidery counted by hand: cushions, thobe panels, runners and gifts.",
  },
  {
    handle: "soap-dead-sea-cosmetics",
    name: "Soap and Dead Sea cosmetics",
    nameAr: "الصابون ومستحضرات البحر الميت",
    description: "Olive oil soap, Dead Sea mud and salt, cured and packed by hand.",
  },
  {
    handle: "pottery-ceramics",
    name: "Pottery and ceramics",
    nameAr: "الفخار والخزف",
    description: "Hand-thrown and hand-painted bowls, jugs and plates.",
  },
  {
    handle: "mosaics",
    name: "Mosaics",
    nameAr: "الفسيفساء",
    description: "Stone mosaics in the tradition of Madaba's Byzantine floors.",
  },
  {
    handle: "textiles-rugs",
    name: "Textiles and rugs",
    nameAr: "المنسوجات والبُسط",
    description: "Flat-woven wool rugs and crochet, spun, dyed and worked at home.",
  },
  {
    handle: "candles-crafts",
    name: "Candles and crafts",
    nameAr: "الشموع والحِرف اليدوية",
    description: "Hand-poured candles and small crafts from the desert and the valley.",
  },
] as const satisfies readonly SeedCategory[]

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]
