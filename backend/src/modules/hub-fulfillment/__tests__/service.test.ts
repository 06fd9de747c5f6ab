import type { Logger } from "@medusajs/framework/types"
import { describe, expect, it, vi } from "vitest"
import { DEFAULT_RATES_FROM_JOD } from "../../../lib/pricing"
import type { ZoneRateCard } from "../../../lib/shipping/brackets"
import HubFulfillmentProviderService from "../service"

const EUROPE: ZoneRateCard = {
  zone: "europe",
  currency_code: "eur",
  transit_days: { min: 6, max: 10 },
  brackets: [
    { max_weight_g: 1_000, price: 1_990 },
    { max_weight_g: 2_000, price: 2_790 },
  ],
}

function provider(card: ZoneRateCard | null = EUROPE) {
  const logger = { warn: vi.fn() } as unknown as Logger
  const service = new HubFulfillmentProviderService({
    logger,
    shippingRates: { rateCard: async () => card ?? undefined },
    pricingRates: { currentRates: async () => ({ ...DEFAULT_RATES_FROM_JOD }) },
  })
  return { service, logger }
}

const context = (items: unknown[], currency_code = "eur", country_code: string | null = "de") =>
  ({ id: "cart_1", currency_code, shipping_address: { country_code }, items }) as never

const item = (weight: number | null, quantity = 1) => ({
  id: "cali",
  quantity,
  variant: { weight },
  product: {},
})

describe("the hub fulfillment provider", () => {
  it("prices the parcel by the bracket of its total weight, in major units of the cart's currency", async () => {
    const { service } = provider()
    const price = await service.calculatePrice({ zone: "europe" }, {}, context([item(550, 2)]))
    expect(price).toEqual({ calculated_amount: 27.9, is_calculated_price_tax_inclusive: true })
  })

  it("ignores any amount the client put in the method's data", async () => {
    const { service } = provider()
    const price = await service.calculatePrice({ zone: "europe" }, { amount: 0 }, context([item(400)]))
    expect(price.calculated_amount).toBe(19.9)
    expect(await service.validateFulfillmentData({ zone: "europe" })).toEqual({
      zone: "europe",
    })
  })

  it("converts for a cart in another currency", async () => {
    const { service } = provider()
    // 19.90 EUR / 1.30 x 1.41 = 21.58 USD, up to 21.99
    expect(
      (await service.calculatePrice({ zone: "europe" }, {}, context([item(10)], "usd"))).calculated_amount,
    ).toBe(21.99)
  })

  it("counts weightless items at the default weight and logs them", async () => {
    const { service, logger } = provider()
    const price = await service.calculatePrice({ zone: "europe" }, {}, context([item(null, 3)]))
    expect(price.calculated_amount).toBe(27.9)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("cart_1"))
  })

  it("refuses without a shipping address, a zone, rates, or a bracket heavy enough", async () => {
    const { service } = provider()
    await expect(
      service.calculatePrice({ zone: "europe" }, {}, context([item(1)], "eur", null)),
    ).rejects.toThrow(/shipping address/)
    await expect(service.calculatePrice({}, {}, context([item(1)]))).rejects.toThrow(/shipping zone/)
    await expect(service.calculatePrice({ zone: "europe" }, {}, context([item(2_001)]))).rejects.toThrow(
      /2001 g.*several orders/,
    )
    await expect(
      provider(null).service.calculatePrice({ zone: "europe" }, {}, context([item(1)])),
    ).rejects.toThrow(/No shipping rates/)
  })

  it("says which module is missing when medusa-config does not provide it", async () => {
    const service = new HubFulfillmentProviderService({ logger: {} as Logger })
    await expect(service.calculatePrice({ zone: "uk" }, {}, context([item(1)]))).rejects.toThrow(
      /shippingRates/,
    )
  })

  it("accepts only options that name a zone, and always calculates", async () => {
    const { service } = provider()
    expect(await service.validateOption({ zone: "gcc" })).toBe(true)
    expect(await service.validateOption({ zone: "moon" })).toBe(false)
    expect(await service.canCalculate()).toBe(true)
  })

  it("records the parcel's zone and items when a fulfillment is created, and cancels without a carrier", async () => {
    const { service } = provider()
    const result = await service.createFulfillment(
      { zone: "europe" },
      [{ line_item_id: "ordli_1", quantity: 2 }],
      { id: "order_1" },
    )
    expect(result).toEqual({
      data: { zone: "europe", order_id: "order_1", items: [{ line_item_id: "ordli_1", quantity: 2 }] },
      labels: [],
    })
    expect(await service.cancelFulfillment(result.data)).toEqual({})
  })
})
