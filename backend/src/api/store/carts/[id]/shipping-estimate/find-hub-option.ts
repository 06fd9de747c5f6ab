import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HUB_FULFILLMENT_PROVIDER_ID } from "../../../../../modules/hub-fulfillment/constants"

type ChannelLocations = {
  stock_locations?: ({ fulfillment_sets?: ({ id: string } | null)[] | null } | null)[] | null
}

export type HubOption = { id: string; data: Record<string, unknown> | null }

/**
 * The hub's shipping option for a cart going to `countryCode`, chosen as Medusa's own listing chooses: among the
 * fulfillment sets of the cart's sales channel's stock locations, a service zone serving the country, an option the
 * store offers for delivery (not returns). Undefined when none does.
 */
export async function findHubOption(
  scope: MedusaContainer,
  cart: { sales_channel_id: string | null },
  countryCode: string,
): Promise<HubOption | undefined> {
  if (!cart.sales_channel_id) return undefined
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.fulfillment_sets.id"],
    filters: { id: cart.sales_channel_id },
  })
  const locations = (channels[0] as ChannelLocations | undefined)?.stock_locations ?? []
  const fulfillmentSetIds = locations.flatMap((location) =>
    (location?.fulfillment_sets ?? []).flatMap((set) => (set ? [set.id] : [])),
  )
  if (fulfillmentSetIds.length === 0) return undefined
  const options = await scope.resolve(Modules.FULFILLMENT).listShippingOptionsForContext({
    fulfillment_set_id: fulfillmentSetIds,
    address: { country_code: countryCode },
    context: { is_return: "false", enabled_in_store: "true" },
  })
  const option = options.find((candidate) => candidate.provider_id === HUB_FULFILLMENT_PROVIDER_ID)
  return option ? { id: option.id, data: option.data ?? null } : undefined
}
