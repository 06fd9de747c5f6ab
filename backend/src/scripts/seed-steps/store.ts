import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { SALES_CHANNEL, STORE_CURRENCIES, STORE_NAME } from "../seed-data/store"
import type { SeedSummary } from "./summary"

export async function ensureSalesChannel(container: MedusaContainer, summary: SeedSummary): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL.name })
  if (existing) {
    summary.present("sales channel")
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [SALES_CHANNEL] },
  })
  summary.created("sales channel")
  return result[0].id
}

/** Names the store, sets its currencies (JOD the default) and makes the storefront its default channel. */
export async function ensureStoreSettings(
  container: MedusaContainer,
  salesChannelId: string,
  summary: SeedSummary,
): Promise<void> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("Medusa has not created its store: the app's default loaders did not run")

  const current = new Map((store.supported_currencies ?? []).map((c) => [c.currency_code, c.is_default]))
  const currenciesMatch =
    current.size === STORE_CURRENCIES.length &&
    STORE_CURRENCIES.every((code, index) => current.has(code) && current.get(code) === (index === 0))
  if (store.name === STORE_NAME && store.default_sales_channel_id === salesChannelId && currenciesMatch) {
    summary.present("store settings")
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: STORE_CURRENCIES.map((currency_code, index) => ({
          currency_code,
          is_default: index === 0,
        })),
        default_sales_channel_id: salesChannelId,
      },
    },
  })
  summary.created("store settings")
}
