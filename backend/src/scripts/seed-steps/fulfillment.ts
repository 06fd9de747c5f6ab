import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { SHIPPING_ZONES } from "../seed-data/shipping-zones"
import { FULFILLMENT_SET, SHIPPING_PROFILE } from "../seed-data/store"
import type { SeedSummary } from "./summary"

/** The default shipping profile; `medusa db:migrate` usually creates it already. */
export async function ensureShippingProfile(
  container: MedusaContainer,
  summary: SeedSummary,
): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: SHIPPING_PROFILE.type })
  if (profile) {
    summary.present("default shipping profile")
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [SHIPPING_PROFILE] },
  })
  summary.created("default shipping profile")
  return result[0].id
}

/** The hub's shipping fulfillment set with one service zone per shipping zone; shipping options come later. */
export async function ensureFulfillmentSet(
  container: MedusaContainer,
  locationId: string,
  summary: SeedSummary,
): Promise<void> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const find = async () =>
    (
      await fulfillment.listFulfillmentSets({ name: FULFILLMENT_SET.name }, { relations: ["service_zones"] })
    )[0]

  let set = await find()
  if (set) {
    summary.present("fulfillment set")
    await ensureLinkedToLocation(container, locationId, set.id)
  } else {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: locationId, fulfillment_set_data: FULFILLMENT_SET },
    })
    set = await find()
    if (!set) throw new Error(`The fulfillment set "${FULFILLMENT_SET.name}" was not created`)
    summary.created("fulfillment set")
  }

  const fulfillmentSetId = set.id
  const existing = new Set((set.service_zones ?? []).map((zone) => zone.name))
  const missing = SHIPPING_ZONES.filter((zone) => !existing.has(zone.name))
  if (missing.length > 0) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: missing.map((zone) => ({
          fulfillment_set_id: fulfillmentSetId,
          name: zone.name,
          geo_zones: zone.countries.map((country_code) => ({ type: "country" as const, country_code })),
        })),
      },
    })
  }
  summary.record("service zones", missing.length, SHIPPING_ZONES.length - missing.length)
}

async function ensureLinkedToLocation(
  container: MedusaContainer,
  locationId: string,
  fulfillmentSetId: string,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id"],
    filters: { id: locationId },
  })
  const sets: Array<{ id: string } | null> = data[0]?.fulfillment_sets ?? []
  if (sets.some((linked) => linked?.id === fulfillmentSetId)) return
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSetId },
      },
    ],
  })
}
