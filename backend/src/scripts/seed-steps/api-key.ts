import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { PUBLISHABLE_KEY_TITLE } from "../seed-data/store"
import type { SeedSummary } from "./summary"

/** The storefront's publishable key, scoped to the storefront channel. Returns its token. */
export async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string,
  summary: SeedSummary,
): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  let key = keys.find((candidate) => !candidate.revoked_at)
  if (key) {
    summary.present("publishable API key")
  } else {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
    summary.created("publishable API key")
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some(
    (channel: { id: string } | null) => channel?.id === salesChannelId,
  )
  if (linked) {
    summary.present("publishable key ↔ sales channel link")
  } else {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
    summary.created("publishable key ↔ sales channel link")
  }
  return key.token
}
