import type { AGE_BANDS, FamilyStatus, MAKER_GENDERS } from "../../modules/family/constants"
import type { CategoryHandle } from "./categories"
import type { GovernorateKey } from "./governorates"
import type { Bilingual } from "./types"

export interface SeedFamily {
  handle: string
  name: Bilingual
  story: Bilingual
  governorate: GovernorateKey
  communityCentre: string
  association?: string
  status: FamilyStatus
  /** The ministry's reason, for the statuses that need one. */
  reason?: string
  /** The owner's name; the owner's email is `<handle>@families.usra.jo`. */
  owner: string
  profile: {
    gender: (typeof MAKER_GENDERS)[number]
    ageBand: (typeof AGE_BANDS)[number]
    disability: boolean
    household: number
  }
  /**
   * The demo products this family makes. Every product goes to a family of its own governorate: the first
   * family whose specialties include its category, else the governorate's `general` family.
   */
  specialties?: readonly CategoryHandle[]
  general?: boolean
}

export const FAMILY_EMAIL_DOMAIN = "families.usra.jo"

/** The demo family login (USRA_FAMILY_EMAIL / USRA_FAMILY_PASSWORD override it): owner of this family. */
export const DEMO_FAMILY = {
  handle: "umm-khalil-kitchen",
  email: "family@usra.jo",
  password: "usra-family-2026",
}

/** 24 home businesses, two in each governorate: most approved, one in every other status. */
export const FAMILIES: readonly SeedFamily[] = [
  {
    handle: "umm-khalil-kitchen",
    name: { en: "Umm Khalil's Kitchen", ar: "مطبخ أم خليل" },
    story: {
      en: "Fatima and her daughters have cooked maftoul, pickles and sweets in their Jabal al-Nasr kitchen for thirty years. What began as orders from neighbours now feeds families across Amman.",
      ar: "تطبخ فاطمة وبناتها المفتول والمخللات والحلويات في مطبخهن في جبل النصر منذ ثلاثين عاماً. بدأ الأمر بطلبات من الجيران، وصار اليوم يصل إلى بيوت في أنحاء عمّان.",
    },
    governorate: "amman",
    communityCentre: "Jabal al-Nasr Community Development Centre",
    association: "Jabal al-Nasr Women's Charitable Society",
    status: "approved",
    owner: "Fatima Al-Khalil",
    profile: { gender: "female", ageBand: "age_45_54", disability: false, household: 7 },
    general: true,
  },
  {
    handle: "bint-al-balad-embroidery",
    name: { en: "Bint al-Balad Embroidery", ar: "بنت البلد للتطريز" },
    story: {
      en: "Three sisters in Marka count every cross-stitch by hand, in the patterns their grandmother brought from Beit Dajan. A cushion takes them a week.",
      ar: "ثلاث أخوات في ماركا يعددن كل غرزة بأيديهن، على النقوش التي حملتها جدتهن من بيت دجن. تستغرق المخدة الواحدة أسبوعاً من العمل.",
    },
    governorate: "amman",
    communityCentre: "Marka Community Development Centre",
    status: "approved",
    owner: "Huda Odeh",
    profile: { gender: "female", ageBand: "age_35_44", disability: true, household: 5 },
    specialties: ["embroidery-tatreez", "textiles-rugs"],
  },
  {
    handle: "al-yarmouk-mouneh",
    name: { en: "Al-Yarmouk Mouneh House", ar: "بيت مونة اليرموك" },
    story: {
      en: "On their farm near the Yarmouk valley, the Bataineh family dries za'atar, presses olives and rolls maftoul the way the village has always done.",
      ar: "في مزرعتها قرب وادي اليرموك، تجفف عائلة البطاينة الزعتر وتعصر الزيتون وتفتل المفتول كما اعتادت القرية دائماً.",
    },
    governorate: "irbid",
    communityCentre: "Irbid Community Development Centre",
    association: "Al-Yarmouk Rural Women's Association",
    status: "approved",
    owner: "Amal Bataineh",
    profile: { gender: "female", ageBand: "age_55_64", disability: false, household: 9 },
    general: true,
  },
  {
    handle: "hawwara-tatreez-circle",
    name: { en: "Hawwara Tatreez Circle", ar: "حلقة تطريز حوّارة" },
    story: {
      en: "Every Thursday the women of Hawwara gather at Rania's house to embroider thobe panels and runners; each piece carries the name of the woman who stitched it.",
      ar: "تجتمع نساء حوّارة كل خميس في بيت رانيا لتطريز قطع الأثواب والمفارش، وتحمل كل قطعة اسم المرأة التي طرزتها.",
    },
    governorate: "irbid",
    communityCentre: "Hawwara Community Development Centre",
    status: "approved",
    owner: "Rania Shdeifat",
    profile: { gender: "female", ageBand: "age_25_34", disability: false, household: 4 },
    specialties: ["embroidery-tatreez", "textiles-rugs"],
  },
  {
    handle: "al-hashimiyya-home-kitchen",
    name: { en: "Al-Hashimiyya Home Kitchen", ar: "مطبخ الهاشمية البيتي" },
    story: {
      en: "Mahmoud lost his factory job and now cooks with his wife Samira: jameed, makdous and date cookies, sold first at the mosque bazaar and now online.",
      ar: "فقد محمود عمله في المصنع، وصار يطبخ مع زوجته سميرة الجميد والمكدوس ومعمول التمر، يبيعانها أولاً في بازار المسجد والآن عبر الإنترنت.",
    },
    governorate: "zarqa",
    communityCentre: "Al-Hashimiyya Community Development Centre",
    status: "approved",
    owner: "Mahmoud Al-Zawahreh",
    profile: { gender: "male", ageBand: "age_45_54", disability: true, household: 8 },
    general: true,
  },
  {
    handle: "rusaifa-needle-and-loom",
    name: { en: "Rusaifa Needle and Loom", ar: "إبرة ونول الرصيفة" },
    story: {
      en: "A mother and two daughters-in-law who embroider and weave in a small room above the family shop in Rusaifa.",
      ar: "أم وكنّتان يطرّزن وينسجن في غرفة صغيرة فوق دكان العائلة في الرصيفة.",
    },
    governorate: "zarqa",
    communityCentre: "Rusaifa Community Development Centre",
    status: "suspended",
    reason:
      "Buyers reported machine-made embroidery sold as hand-made; the Zarqa directorate is investigating before the family can sell again.",
    owner: "Nawal Al-Khalayleh",
    profile: { gender: "female", ageBand: "age_55_64", disability: false, household: 6 },
    specialties: ["embroidery-tatreez", "textiles-rugs"],
  },
  {
    handle: "salt-olive-and-soap-house",
    name: { en: "As-Salt Olive and Soap House", ar: "بيت الزيتون والصابون السلطي" },
    story: {
      en: "In an Ottoman-era house in As-Salt, Maysoon cures olive oil soap for three months on wooden racks, as her mother taught her.",
      ar: "في بيت عثماني قديم في السلط، تترك ميسون صابون زيت الزيتون ثلاثة أشهر على رفوف خشبية حتى يجف، كما علّمتها أمها.",
    },
    governorate: "balqa",
    communityCentre: "As-Salt Community Development Centre",
    association: "As-Salt Heritage Women's Society",
    status: "approved",
    owner: "Maysoon Arabiyat",
    profile: { gender: "female", ageBand: "age_35_44", disability: false, household: 5 },
    general: true,
  },
  {
    handle: "fuheis-heritage-crafts",
    name: { en: "Fuheis Heritage Crafts", ar: "حرف الفحيص التراثية" },
    story: {
      en: "A retired teacher and her sister make dried-flower candles and painted wooden trays from their garden in Fuheis.",
      ar: "معلمة متقاعدة وأختها تصنعان الشموع بالزهور المجففة والصواني الخشبية المرسومة في حديقة بيتهما في الفحيص.",
    },
    governorate: "balqa",
    communityCentre: "Fuheis Community Development Centre",
    status: "under_review",
    owner: "Salwa Haddad",
    profile: { gender: "female", ageBand: "age_65_plus", disability: false, household: 2 },
  },
  {
    handle: "madaba-mosaic-sisters",
    name: { en: "Madaba Mosaic Sisters", ar: "أخوات فسيفساء مادبا" },
    story: {
      en: "Trained at the Madaba mosaic school, Lina and Dana cut every stone tessera by hand and set the patterns of the city's Byzantine floors.",
      ar: "تعلّمت لينا ودانا في مدرسة الفسيفساء في مادبا، وتقصّان كل حجر بأيديهما لترصفا نقوش أرضيات المدينة البيزنطية.",
    },
    governorate: "madaba",
    communityCentre: "Madaba Community Development Centre",
    association: "Madaba Society for Mosaic Crafts",
    status: "approved",
    owner: "Lina Twal",
    profile: { gender: "female", ageBand: "age_25_34", disability: false, household: 4 },
    specialties: ["mosaics", "pottery-ceramics"],
  },
  {
    handle: "mount-nebo-loom",
    name: { en: "Mount Nebo Loom", ar: "نول جبل نيبو" },
    story: {
      en: "Sheep's wool from their own flock, spun and dyed with pomegranate and indigo, woven into rugs on a ground loom outside Faisaliyah.",
      ar: "صوف من قطيع العائلة، يُغزل ويُصبغ بالرمان والنيلة، ثم يُنسج بُسطاً على نول أرضي خارج الفيصلية.",
    },
    governorate: "madaba",
    communityCentre: "Faisaliyah Community Development Centre",
    status: "approved",
    owner: "Khadija Shawabkeh",
    profile: { gender: "female", ageBand: "age_45_54", disability: true, household: 10 },
    general: true,
  },
  {
    handle: "karak-castle-kitchen",
    name: { en: "Karak Castle Kitchen", ar: "مطبخ قلعة الكرك" },
    story: {
      en: "Within sight of the castle, the Majali women make jameed for mansaf, freekeh and embroidered gifts; their grape molasses sells out every autumn.",
      ar: "على مرأى من القلعة، تصنع نساء عائلة المجالي جميد المنسف والفريكة والهدايا المطرزة، ويُباع دبس العنب عندهن كله في كل خريف.",
    },
    governorate: "karak",
    communityCentre: "Karak Community Development Centre",
    association: "Karak Women's Productive Society",
    status: "approved",
    owner: "Suhair Majali",
    profile: { gender: "female", ageBand: "age_45_54", disability: false, household: 8 },
    general: true,
  },
  {
    handle: "mutah-dead-sea-soap",
    name: { en: "Mu'tah Dead Sea Soap", ar: "صابون مؤتة من البحر الميت" },
    story: {
      en: "Ahmad, a chemistry graduate, and his mother mix Dead Sea mud and salt into soaps and scrubs; everything is cured in their basement workshop.",
      ar: "يمزج أحمد، خريج الكيمياء، مع والدته طين البحر الميت وملحه في صابون ومقشرات، ويجفّ كل شيء في مشغلهما في قبو البيت.",
    },
    governorate: "karak",
    communityCentre: "Mu'tah Community Development Centre",
    status: "approved",
    owner: "Ahmad Tarawneh",
    profile: { gender: "male", ageBand: "age_25_34", disability: false, household: 6 },
    specialties: ["soap-dead-sea-cosmetics"],
  },
  {
    handle: "dana-valley-herbs",
    name: { en: "Dana Valley Herbs", ar: "أعشاب وادي ضانا" },
    story: {
      en: "Above the Dana reserve, Umm Omar picks wild sage and thyme in spring and dries them in the shade of her courtyard.",
      ar: "فوق محمية ضانا، تقطف أم عمر الميرمية والزعتر البري في الربيع وتجففها في ظل ساحة بيتها.",
    },
    governorate: "tafilah",
    communityCentre: "Tafilah Community Development Centre",
    status: "approved",
    owner: "Aisha Al-Saudi",
    profile: { gender: "female", ageBand: "age_55_64", disability: false, household: 3 },
    general: true,
  },
  {
    handle: "bsaira-weavers",
    name: { en: "Bsaira Weavers", ar: "نسّاجات بصيرا" },
    story: {
      en: "Five neighbours in Bsaira who weave goat-hair bags and small rugs, applying together for the first time.",
      ar: "خمس جارات في بصيرا ينسجن الحقائب والبُسط الصغيرة من شعر الماعز، ويتقدمن بطلب مشترك لأول مرة.",
    },
    governorate: "tafilah",
    communityCentre: "Bsaira Community Development Centre",
    status: "submitted",
    owner: "Mariam Al-Khawaldeh",
    profile: { gender: "female", ageBand: "age_35_44", disability: false, household: 7 },
  },
  {
    handle: "wadi-musa-sand-bottles",
    name: { en: "Wadi Musa Sand Bottles", ar: "زجاجات رمل وادي موسى" },
    story: {
      en: "Yousef learned to pour Petra's coloured sands into camels and desert scenes from his father; his wife makes the pottery lamps they sell beside them.",
      ar: "تعلّم يوسف من والده رسم الجمال ومناظر الصحراء برمال البتراء الملونة داخل الزجاجات، وتصنع زوجته القناديل الفخارية التي يبيعانها معها.",
    },
    governorate: "maan",
    communityCentre: "Wadi Musa Community Development Centre",
    status: "approved",
    owner: "Yousef Hasanat",
    profile: { gender: "male", ageBand: "age_35_44", disability: false, household: 6 },
    general: true,
  },
  {
    handle: "shobak-apple-house",
    name: { en: "Shobak Apple House", ar: "بيت تفاح الشوبك" },
    story: {
      en: "From the orchards below Shobak castle: apple jam, dried apple rings and apple vinegar, made by Najah and her daughters.",
      ar: "من البساتين تحت قلعة الشوبك: مربى التفاح وحلقات التفاح المجفف وخل التفاح، تصنعها نجاح وبناتها.",
    },
    governorate: "maan",
    communityCentre: "Shobak Community Development Centre",
    status: "changes_requested",
    reason:
      "Please upload a clearer copy of the registration certificate: the ministry's stamp cannot be read.",
    owner: "Najah Al-Rawashdeh",
    profile: { gender: "female", ageBand: "age_45_54", disability: true, household: 9 },
  },
  {
    handle: "aqaba-red-sea-crafts",
    name: { en: "Red Sea Crafts of Aqaba", ar: "حرف البحر الأحمر في العقبة" },
    story: {
      en: "Reem pours candles scented with desert herbs and paints ceramics in the blues of the Gulf of Aqaba.",
      ar: "تصب ريم الشموع المعطرة بأعشاب الصحراء وترسم الخزف بألوان زرقة خليج العقبة.",
    },
    governorate: "aqaba",
    communityCentre: "Aqaba Community Development Centre",
    status: "approved",
    owner: "Reem Al-Yamani",
    profile: { gender: "female", ageBand: "age_25_34", disability: false, household: 3 },
    general: true,
  },
  {
    handle: "wadi-rum-bedouin-weaving",
    name: { en: "Wadi Rum Bedouin Weaving", ar: "النسيج البدوي في وادي رم" },
    story: {
      en: "A weaving workshop in Rum village selling tent panels and cushions to tourist camps.",
      ar: "مشغل نسيج في قرية رم يبيع قطع بيوت الشعر والوسائد لمخيمات السياح.",
    },
    governorate: "aqaba",
    communityCentre: "Wadi Rum Community Development Centre",
    status: "rejected",
    reason:
      "The application is for a registered company with paid employees, not a home-based family business.",
    owner: "Salem Al-Zalabieh",
    profile: { gender: "male", ageBand: "age_35_44", disability: false, household: 11 },
  },
  {
    handle: "badia-wool-and-ghee",
    name: { en: "Badia Wool and Ghee", ar: "صوف وسمن البادية" },
    story: {
      en: "A Bedouin family in the northern Badia: the women churn samneh baladi and weave with the wool of the family's sheep.",
      ar: "عائلة بدوية في البادية الشمالية: تخضّ النساء السمن البلدي وينسجن من صوف أغنام العائلة.",
    },
    governorate: "mafraq",
    communityCentre: "Mafraq Community Development Centre",
    association: "Northern Badia Women's Cooperative",
    status: "approved",
    owner: "Hamda Al-Sharafat",
    profile: { gender: "female", ageBand: "age_45_54", disability: false, household: 11 },
    general: true,
  },
  {
    handle: "mafraq-sunrise-kitchen",
    name: { en: "Mafraq Sunrise Kitchen", ar: "مطبخ شروق المفرق" },
    story: {
      en: "Two sisters who bake ka'ak and date maamoul for weddings and Eid, and want to sell to Jordanians abroad.",
      ar: "أختان تخبزان الكعك ومعمول التمر للأعراس والأعياد، وتريدان البيع للأردنيين في الخارج.",
    },
    governorate: "mafraq",
    communityCentre: "Mafraq Community Development Centre",
    status: "submitted",
    owner: "Duaa Al-Masaeed",
    profile: { gender: "female", ageBand: "age_18_24", disability: false, household: 5 },
  },
  {
    handle: "jerash-garden-pantry",
    name: { en: "Jerash Garden Pantry", ar: "مونة بساتين جرش" },
    story: {
      en: "Olive oil, pomegranate molasses and pickled cucumbers from the family's terraces above the Roman city.",
      ar: "زيت الزيتون ودبس الرمان والخيار المخلل من مدرّجات العائلة فوق المدينة الرومانية.",
    },
    governorate: "jerash",
    communityCentre: "Jerash Community Development Centre",
    status: "approved",
    owner: "Ghada Al-Otoum",
    profile: { gender: "female", ageBand: "age_35_44", disability: false, household: 6 },
    general: true,
  },
  {
    handle: "souf-clay-workshop",
    name: { en: "Souf Clay Workshop", ar: "مشغل فخار سوف" },
    story: {
      en: "In the village of Souf, Eman throws bowls and jugs on her grandfather's wheel and sets small mosaics into trays.",
      ar: "في قرية سوف، تشكّل إيمان الأطباق والأباريق على دولاب جدّها، وترصف الفسيفساء الصغيرة في الصواني.",
    },
    governorate: "jerash",
    communityCentre: "Souf Community Development Centre",
    status: "approved",
    owner: "Eman Al-Zoubi",
    profile: { gender: "female", ageBand: "age_25_34", disability: true, household: 4 },
    specialties: ["pottery-ceramics", "mosaics", "candles-crafts"],
  },
  {
    handle: "ajloun-forest-pantry",
    name: { en: "Ajloun Forest Pantry", ar: "مونة غابات عجلون" },
    story: {
      en: "Among the oak forests of Ajloun, the Qudah family gathers wild thyme, presses olives and makes soap from the oil that is left.",
      ar: "بين غابات البلوط في عجلون، تجمع عائلة القضاة الزعتر البري وتعصر الزيتون وتصنع الصابون مما يتبقى من الزيت.",
    },
    governorate: "ajloun",
    communityCentre: "Ajloun Community Development Centre",
    association: "Ajloun Forest Women's Society",
    status: "approved",
    owner: "Sanaa Al-Qudah",
    profile: { gender: "female", ageBand: "age_45_54", disability: false, household: 8 },
    general: true,
  },
  {
    handle: "anjara-soap-and-candles",
    name: { en: "Anjara Soap and Candles", ar: "صابون وشموع عنجرة" },
    story: {
      en: "A young mother in Anjara who started making beeswax candles during lockdown; her application is still a draft.",
      ar: "أم شابة في عنجرة بدأت صنع شموع شمع العسل أثناء الإغلاق، وما زال طلبها مسودة.",
    },
    governorate: "ajloun",
    communityCentre: "Anjara Community Development Centre",
    status: "draft",
    owner: "Rawan Momani",
    profile: { gender: "female", ageBand: "age_18_24", disability: false, household: 3 },
  },
]

/** Which family makes a demo product (see SeedFamily.specialties). */
export function familyForProduct(product: {
  governorate: GovernorateKey
  category: CategoryHandle
}): SeedFamily {
  const holders = FAMILIES.filter(
    (family) =>
      family.governorate === product.governorate &&
      (family.status === "approved" || family.status === "suspended"),
  )
  const family =
    holders.find((candidate) => candidate.specialties?.includes(product.category)) ??
    holders.find((candidate) => candidate.general)
  if (!family) throw new Error(`No demo family in ${product.governorate} makes ${product.category}`)
  return family
}

/** The review history each status implies, oldest first. */
export function reviewTrail(
  family: SeedFamily,
): { from: FamilyStatus; to: FamilyStatus; by: "seller" | "user" }[] {
  const submitted = [{ from: "draft", to: "submitted", by: "seller" }] as const
  const reviewed = [...submitted, { from: "submitted", to: "under_review", by: "user" }] as const
  switch (family.status) {
    case "draft":
      return []
    case "submitted":
      return [...submitted]
    case "under_review":
      return [...reviewed]
    case "approved":
      return [...reviewed, { from: "under_review", to: "approved", by: "user" }]
    case "suspended":
      return [
        ...reviewed,
        { from: "under_review", to: "approved", by: "user" },
        { from: "approved", to: "suspended", by: "user" },
      ]
    case "rejected":
    case "changes_requested":
      return [...reviewed, { from: "under_review", to: family.status, by: "user" }]
  }
}
