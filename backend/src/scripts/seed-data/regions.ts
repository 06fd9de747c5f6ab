/**
 * Where buyers shop from. `zone` tells the storefront and checkout which shipping zone a region mostly
 * ships to; the fulfillment service zones (shipping-zones.ts) decide per country.
 */
export interface SeedRegion {
  name: string
  currency: "jod" | "sar" | "aed" | "eur" | "gbp" | "usd"
  countries: readonly string[]
  zone: ZoneKey
}

export type ZoneKey = "jordan" | "gcc" | "europe" | "uk" | "north_america" | "rest_of_world"

export const REGIONS: readonly SeedRegion[] = [
  { name: "Jordan", currency: "jod", countries: ["jo"], zone: "jordan" },
  { name: "Saudi Arabia", currency: "sar", countries: ["sa"], zone: "gcc" },
  { name: "United Arab Emirates", currency: "aed", countries: ["ae"], zone: "gcc" },
  {
    name: "Europe",
    currency: "eur",
    countries: ["de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi", "gr", "se", "dk", "pl"],
    zone: "europe",
  },
  { name: "United Kingdom", currency: "gbp", countries: ["gb"], zone: "uk" },
  {
    name: "Rest of world",
    currency: "usd",
    countries: ["us", "ca", "au", "nz", "kw", "qa", "bh", "om", "eg", "lb", "tr", "jp", "sg", "my"],
    // Mixed: North America, four GCC states and the rest; shipping rates still follow the service zones.
    zone: "rest_of_world",
  },
]

export const REGION_COUNTRIES: readonly string[] = REGIONS.flatMap((region) => region.countries)
