import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  Logger,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { type Currency, toMajor } from "@usra/i18n"
import type { ZoneRateCard } from "../../lib/shipping/brackets"
import { priceParcel } from "../../lib/shipping/price-parcel"
import type { WeighableItem } from "../../lib/shipping/weight"
import { isShippingZone, type ShippingZone } from "../../lib/shipping/zones"
import { HUB_PARCEL_OPTION, HUB_PROVIDER_IDENTIFIER } from "./constants"

/** What the provider needs from the shippingRates and pricingRates modules (medusa-config makes them available). */
type RateCards = { rateCard(zone: ShippingZone): Promise<ZoneRateCard | undefined> }
type ExchangeRates = { currentRates(): Promise<Record<Currency, string>> }
type InjectedDependencies = { logger: Logger; shippingRates?: RateCards; pricingRates?: ExchangeRates }

type PriceContext = CalculateShippingOptionPriceDTO["context"]

/**
 * Ships every order as one parcel consolidated at the Amman hub, priced by the parcel's weight and the shipping
 * zone its option serves. The rates are read for every calculation, so finance's edits apply to the next cart.
 */
export default class HubFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static override identifier = HUB_PROVIDER_IDENTIFIER

  // The cradle resolves lazily: the rate modules may load after the fulfillment module.
  protected readonly container_: InjectedDependencies

  constructor(container: InjectedDependencies) {
    super()
    this.container_ = container
  }

  protected dependency<K extends "shippingRates" | "pricingRates">(
    key: K,
  ): NonNullable<InjectedDependencies[K]> {
    const service = this.container_[key]
    if (!service) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The usra-hub fulfillment provider needs the ${key} module: list it in the fulfillment module's dependencies`,
      )
    }
    return service as NonNullable<InjectedDependencies[K]>
  }

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [HUB_PARCEL_OPTION]
  }

  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return isShippingZone(data.zone)
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  /** The buyer chooses nothing about the parcel: whatever the client sent is dropped, the method keeps its zone. */
  override async validateFulfillmentData(
    optionData: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    return { zone: optionData.zone }
  }

  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: PriceContext,
  ): Promise<CalculatedShippingOptionPrice> {
    const zone = optionData.zone
    if (!isShippingZone(zone)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This shipping option does not name a shipping zone",
      )
    }
    if (!context.shipping_address?.country_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Add a shipping address first: the shipping price depends on the country the parcel goes to",
      )
    }
    const [card, rates] = await Promise.all([
      this.dependency("shippingRates").rateCard(zone),
      this.dependency("pricingRates").currentRates(),
    ])
    const price = priceParcel({
      zone,
      card,
      rates,
      items: (context.items ?? []) as WeighableItem[],
      currency: String(context.currency_code ?? ""),
    })
    if (price.weight.assumed.length > 0) {
      const variants = price.weight.assumed.map((item) => item.variant_id ?? item.id).join(", ")
      this.container_.logger.warn(`Shipping for cart ${context.id} assumed a default weight for: ${variants}`)
    }
    // The rate card is what the buyer pays: tax, if any is ever configured, is inside it.
    return {
      calculated_amount: toMajor(price.amount, price.currency_code),
      is_calculated_price_tax_inclusive: true,
    }
  }

  /** The hub's own record of the parcel; the fulfilment work adds consignments and the carrier here. */
  override async createFulfillment(
    data: Record<string, unknown>,
    items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    order: Partial<FulfillmentOrderDTO> | undefined,
  ): Promise<CreateFulfillmentResult> {
    return {
      data: {
        zone: data.zone ?? null,
        order_id: order?.id ?? null,
        items: items.map((item) => ({
          line_item_id: item.line_item_id ?? null,
          quantity: Number(item.quantity),
        })),
      },
      labels: [],
    }
  }

  /** Nothing has left the hub through a carrier yet, so there is nothing outside Medusa to cancel. */
  override async cancelFulfillment(_data: Record<string, unknown>): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(
    _fulfillment: Record<string, unknown>,
  ): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
