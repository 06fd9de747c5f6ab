import { REGION_COUNTRIES, type ZoneKey } from "./regions"

export interface SeedShippingZone {
  key: ZoneKey
  /** The service zone's name in the fulfillment set. */
  name: string
  countries: readonly string[]
}

const NAMED_ZONES: readonly SeedShippingZone[] = [
  { key: "jordan", name: "Jordan", countries: ["jo"] },
  { key: "gcc", name: "GCC", countries: ["sa", "ae", "kw", "qa", "bh", "om"] },
  {
    key: "europe",
    name: "Europe",
    countries: ["de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi", "gr", "se", "dk", "pl"],
  },
  { key: "uk", name: "United Kingdom", countries: ["gb"] },
  { key: "north_america", name: "North America", countries: ["us", "ca"] },
]

const named = new Set(NAMED_ZONES.flatMap((zone) => zone.countries))

/** One service zone per shipping zone; "Rest of world" takes every sold-to country no other zone names. */
export const SHIPPING_ZONES: readonly SeedShippingZone[] = [
  ...NAMED_ZONES,
  {
    key: "rest_of_world",
    name: "Rest of world",
    countries: REGION_COUNTRIES.filter((country) => !named.has(country)),
  },
]
