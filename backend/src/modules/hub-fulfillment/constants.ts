/** The provider class's identifier and its id in medusa-config; Medusa names the provider `<identifier>_<id>`. */
export const HUB_PROVIDER_IDENTIFIER = "usra-hub"
export const HUB_PROVIDER_CONFIG_ID = "usra-hub"
export const HUB_FULFILLMENT_PROVIDER_ID = `${HUB_PROVIDER_IDENTIFIER}_${HUB_PROVIDER_CONFIG_ID}`

/** The one fulfillment option: a consolidated parcel from the hub; its shipping options say which zone. */
export const HUB_PARCEL_OPTION = { id: "hub-parcel", name: "Consolidated parcel from the Amman hub" }
