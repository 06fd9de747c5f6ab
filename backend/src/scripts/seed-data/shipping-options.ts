import type { ShippingZone } from "../../lib/shipping/zones"

/** The name of each zone's shipping option, in English (Medusa's name) and Arabic (metadata.name_ar). */
export const SHIPPING_OPTION_NAMES: Readonly<Record<ShippingZone, { en: string; ar: string }>> = {
  jordan: { en: "Delivery in Jordan", ar: "التوصيل داخل الأردن" },
  gcc: { en: "International shipping — GCC", ar: "شحن دولي — دول الخليج العربي" },
  europe: { en: "International shipping — Europe", ar: "شحن دولي — أوروبا" },
  uk: { en: "International shipping — United Kingdom", ar: "شحن دولي — المملكة المتحدة" },
  north_america: { en: "International shipping — North America", ar: "شحن دولي — أمريكا الشمالية" },
  rest_of_world: { en: "International shipping — Rest of world", ar: "شحن دولي — بقية العالم" },
}

/** One shipping option type for every zone: the consolidated parcel. */
export const SHIPPING_OPTION_TYPE = {
  label: "Consolidated parcel",
  description: "Every family's items of an order, checked and packed together at the Amman hub.",
  code: "usra-parcel",
}
