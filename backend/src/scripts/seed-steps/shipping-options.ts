import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createShippingOptionsWorkflow,
  createShippingOptionTypesWorkflow,
} from "@medusajs/medusa/core-flows"
import { HUB_FULFILLMENT_PROVIDER_ID } from "../../modules/hub-fulfillment/constants"
import { SHIPPING_OPTION_NAMES, SHIPPING_OPTION_TYPE } from "../seed-data/shipping-options"
import { SHIPPING_ZONES } from "../seed-data/shipping-zones"
import { FULFILLMENT_SET } from "../seed-data/store"
import type { SeedSummary } from "./summary"

/** Shipping options may only use a provider their stock location is linked to. */
export async function ensureHubProviderLink(
  container: MedusaContainer,
  locationId: string,
  summary: SeedSummary,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: locationId },
  })
  const providers: Array<{ id: string } | null> = data[0]?.fulfillment_providers ?? []
  if (providers.some((provider) => provider?.id === HUB_FULFILLMENT_PROVIDER_ID)) {
    summary.present("stock location ↔ hub provider link")
    return
  }
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: HUB_FULFILLMENT_PROVIDER_ID },
      },
    ],
  })
  summary.created("stock location ↔ hub provider link")
}

async function ensureOptionType(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptionTypes({ code: SHIPPING_OPTION_TYPE.code })
  if (existing) return existing.id
  const { result } = await createShippingOptionTypesWorkflow(container).run({
    input: { shipping_option_types: [SHIPPING_OPTION_TYPE] },
  })
  return result[0]?.id as string
}

/**
 * One calculated shipping option on the hub provider per service zone. The service zones' countries do not
 * overlap, so a cart with a shipping address sees exactly one option.
 */
export async function ensureShippingOptions(
  container: MedusaContainer,
  shippingProfileId: string,
  summary: SeedSummary,
): Promise<void> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET.name },
    { relations: ["service_zones"] },
  )
  if (!set)
    throw new Error(`The fulfillment set "${FULFILLMENT_SET.name}" must be seeded before shipping options`)
  const zoneIds = new Map((set.service_zones ?? []).map((serviceZone) => [serviceZone.name, serviceZone.id]))
  const existing = await fulfillment.listShippingOptions(
    { service_zone: { id: [...zoneIds.values()] } },
    { select: ["id", "service_zone_id", "provider_id"] },
  )
  const served = new Set(
    existing
      .filter((option) => option.provider_id === HUB_FULFILLMENT_PROVIDER_ID)
      .map((option) => option.service_zone_id),
  )
  const missing = SHIPPING_ZONES.filter((zone) => !served.has(zoneIds.get(zone.name) as string))
  if (missing.length > 0) {
    const typeId = await ensureOptionType(container)
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((zone) => {
        const serviceZoneId = zoneIds.get(zone.name)
        if (!serviceZoneId) throw new Error(`The service zone "${zone.name}" was not seeded`)
        const name = SHIPPING_OPTION_NAMES[zone.key]
        return {
          name: name.en,
          price_type: "calculated" as const,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          provider_id: HUB_FULFILLMENT_PROVIDER_ID,
          type_id: typeId,
          data: { zone: zone.key },
          metadata: { zone: zone.key, name_ar: name.ar, name_en: name.en },
          rules: [
            { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
            { attribute: "is_return", operator: "eq" as const, value: "false" },
          ],
        }
      }),
    })
  }
  summary.record("shipping options", missing.length, SHIPPING_ZONES.length - missing.length)
}
