import type { Bilingual } from "../seed-data/types"

/** Given names of the makers (most productive families are led by women). */
export const WOMEN: readonly Bilingual[] = [
  { en: "Fatima", ar: "فاطمة" },
  { en: "Amal", ar: "أمل" },
  { en: "Huda", ar: "هدى" },
  { en: "Rania", ar: "رانيا" },
  { en: "Maysoon", ar: "ميسون" },
  { en: "Suhair", ar: "سهير" },
  { en: "Aisha", ar: "عائشة" },
  { en: "Mariam", ar: "مريم" },
  { en: "Khadija", ar: "خديجة" },
  { en: "Nawal", ar: "نوال" },
  { en: "Salwa", ar: "سلوى" },
  { en: "Lina", ar: "لينا" },
  { en: "Dana", ar: "دانا" },
  { en: "Samira", ar: "سميرة" },
  { en: "Hanan", ar: "حنان" },
  { en: "Ibtisam", ar: "ابتسام" },
  { en: "Wafa", ar: "وفاء" },
  { en: "Reem", ar: "ريم" },
  { en: "Najwa", ar: "نجوى" },
  { en: "Asma", ar: "أسماء" },
  { en: "Rasha", ar: "رشا" },
  { en: "Ghada", ar: "غادة" },
  { en: "Manal", ar: "منال" },
  { en: "Inaam", ar: "إنعام" },
]

export const MEN: readonly Bilingual[] = [
  { en: "Mahmoud", ar: "محمود" },
  { en: "Ahmad", ar: "أحمد" },
  { en: "Yousef", ar: "يوسف" },
  { en: "Omar", ar: "عمر" },
  { en: "Khalil", ar: "خليل" },
  { en: "Ibrahim", ar: "إبراهيم" },
  { en: "Saleh", ar: "صالح" },
  { en: "Hasan", ar: "حسن" },
  { en: "Ali", ar: "علي" },
  { en: "Zaid", ar: "زيد" },
  { en: "Faris", ar: "فارس" },
  { en: "Issa", ar: "عيسى" },
]

export const SURNAMES: readonly Bilingual[] = [
  { en: "Bataineh", ar: "البطاينة" },
  { en: "Majali", ar: "المجالي" },
  { en: "Tarawneh", ar: "الطراونة" },
  { en: "Haddad", ar: "حداد" },
  { en: "Odeh", ar: "عودة" },
  { en: "Shawabkeh", ar: "الشوابكة" },
  { en: "Khawaldeh", ar: "الخوالدة" },
  { en: "Arabiyat", ar: "العربيات" },
  { en: "Twal", ar: "الطوال" },
  { en: "Zawahreh", ar: "الزواهرة" },
  { en: "Khalayleh", ar: "الخلايلة" },
  { en: "Saudi", ar: "السعودي" },
  { en: "Rawashdeh", ar: "الرواشدة" },
  { en: "Momani", ar: "المومني" },
  { en: "Qudah", ar: "القضاة" },
  { en: "Hijazi", ar: "حجازي" },
  { en: "Nsour", ar: "النسور" },
  { en: "Abbadi", ar: "العبادي" },
]

/** What a family's name says it makes. */
export const CRAFTS: readonly Bilingual[] = [
  { en: "Kitchen", ar: "مطبخ" },
  { en: "Pantry", ar: "مونة" },
  { en: "Embroidery", ar: "تطريز" },
  { en: "Soap House", ar: "بيت الصابون" },
  { en: "Pottery", ar: "فخار" },
  { en: "Loom", ar: "نول" },
  { en: "Crafts", ar: "حرف" },
  { en: "Mosaics", ar: "فسيفساء" },
]

/** Styles that tell one family's za'atar from another's. */
export const STYLES: readonly Bilingual[] = [
  { en: "Small-batch", ar: "دفعة صغيرة" },
  { en: "Family recipe", ar: "وصفة العائلة" },
  { en: "Village-style", ar: "على الطريقة القروية" },
  { en: "Heritage", ar: "تراثي" },
  { en: "Hand-finished", ar: "لمسة يدوية" },
  { en: "Seasonal", ar: "موسمي" },
  { en: "Classic", ar: "كلاسيكي" },
  { en: "Grandmother's", ar: "على طريقة الجدة" },
]

/** Buyers' first and last names, and where they live, for the orders' shipping addresses. */
export const BUYERS: readonly { first: string; last: string }[] = [
  { first: "Sara", last: "Nasser" },
  { first: "Omar", last: "Khoury" },
  { first: "Layla", last: "Haddad" },
  { first: "James", last: "Miller" },
  { first: "Claire", last: "Dubois" },
  { first: "Yasmin", last: "Saleh" },
  { first: "Noah", last: "Fischer" },
  { first: "Emma", last: "Wilson" },
  { first: "Karim", last: "Mansour" },
  { first: "Hana", last: "Aziz" },
]
