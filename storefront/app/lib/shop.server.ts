import type { StoreRegion } from "@usra/api-client"
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

// A product's handle never names another product, so what a listing taught stays true.
const idByHandle = new Map<string, string>()

/** Remembers the ids of products a listing showed (lets the product page ask for two things at once). */
export function learnProductIds(products: readonly { id: string; handle: string }[]) {
  for (const product of products) idByHandle.set(product.handle, product.id)
}

/** The id of the product with this handle, when a listing has shown it. */
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
