import type { Bilingual } from "./types"

/** Jordan's twelve governorates, keyed the way product metadata stores them. */
export const GOVERNORATES = {
  amman: { en: "Amman", ar: "عمّان" },
  irbid: { en: "Irbid", ar: "إربد" },
  zarqa: { en: "Zarqa", ar: "الزرقاء" },
  balqa: { en: "Balqa", ar: "البلقاء" },
  madaba: { en: "Madaba", ar: "مادبا" },
  karak: { en: "Karak", ar: "الكرك" },
  tafilah: { en: "Tafilah", ar: "الطفيلة" },
  maan: { en: "Ma'an", ar: "معان" },
  aqaba: { en: "Aqaba", ar: "العقبة" },
  mafraq: { en: "Mafraq", ar: "المفرق" },
  jerash: { en: "Jerash", ar: "جرش" },
  ajloun: { en: "Ajloun", ar: "عجلون" },
} as const satisfies Record<string, Bilingual>

export type GovernorateKey = keyof typeof GOVERNORATES
