import { type ProductSummary, type StoreRegion, toProductSummary } from "@usra/api-client"
import type { StoreFamily } from "@usra/types"
import { api, cached } from "./api.server"

const MINUTE = 60_000

export type RegionInfo = { id: string; name: string; currency: string; countries: string[] }

/** Every region the shop sells to, with its currency and countries. */
export function regions(): Promise<RegionInfo[]> {
  return cached("regions", 5 * MINUTE, async () =>
    (await api().regions.list()).map((region: StoreRegion) => ({
      id: region.id,
      name: region.name,
      currency: region.currency_code,
      countries: (region.countries ?? []).map((country) => country.iso_2.toLowerCase()),
    })),
  )
}

/** The region that sells to this country (the buyer's shipping country), or the first region as a fallback. */
export async function regionFor(country: string): Promise<RegionInfo | null> {
  const all = await regions()
  return all.find((region) => region.countries.includes(country)) ?? all[0] ?? null
}

export function categories() {
  return cached("categories", 5 * MINUTE, () => api().categories.list())
}

/**
 * Every product on sale, priced for a region: the listing filters, sorts, searches and pages this in memory.
 * The catalogue is small (a few hundred products), so one cached read per region per minute is cheaper than a
 * query per page view; a search service takes over when it grows.
 */
export function catalogue(regionId: string): Promise<ProductSummary[]> {
  return cached(`catalogue:${regionId}`, MINUTE, async () => {
    const all: ProductSummary[] = []
    for (let offset = 0; ; offset += 100) {
      const page = await api().products.list({ regionId, limit: 100, offset })
      all.push(...page.products.map(toProductSummary))
      if (page.products.length < 100 || all.length >= page.count) break
    }
    for (const product of all) idByHandle.set(product.handle, product.id)
    return all
  })
}

// A product's handle never names another product, so what the catalogue taught stays true.
const idByHandle = new Map<string, string>()

/** The id of the product with this handle, when a catalogue read has seen it (lets a page ask two things at once). */
export function knownProductId(handle: string): string | undefined {
  return idByHandle.get(handle)
}

/** Approved families with what they have on sale. */
export function families(query: { governorate?: string; category?: string } = {}): Promise<StoreFamily[]> {
  return cached(`families:${query.governorate ?? ""}:${query.category ?? ""}`, MINUTE, async () => {
    const all: StoreFamily[] = []
    for (let offset = 0; ; offset += 100) {
      const page = await api().families.list({ ...query, limit: 100, offset })
      all.push(...page.families)
      if (page.families.length < 100 || all.length >= page.count) break
    }
    return all
  })
}

/**
 * When a product made in `processingDays` should reach the country: the processing days plus the shipping
 * zone's transit days (GET /store/shipping-zones); null when the backend does not say.
 */
export async function deliveryDays(
  country: string,
  processingDays: number,
): Promise<{ min: number; max: number } | null> {
  const zones = await cached("shipping-zones", 5 * MINUTE, () => api().shipping.zones()).catch(() => null)
  const zone = zones?.find((candidate) => candidate.countries.includes(country))
  if (!zone) return null
  return { min: processingDays + zone.transit_days.min, max: processingDays + zone.transit_days.max }
}
