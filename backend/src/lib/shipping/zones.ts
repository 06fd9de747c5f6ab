/** Usra's shipping zones; each is one service zone of the hub's fulfillment set and one row of rates. */
export const SHIPPING_ZONES = ["jordan", "gcc", "europe", "uk", "north_america", "rest_of_world"] as const
export type ShippingZone = (typeof SHIPPING_ZONES)[number]

export function isShippingZone(value: unknown): value is ShippingZone {
  return typeof value === "string" && (SHIPPING_ZONES as readonly string[]).includes(value)
}
