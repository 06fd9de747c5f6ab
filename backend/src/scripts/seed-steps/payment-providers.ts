import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { readEnv, systemPaymentsAllowed } from "../../config/env"
import { STRIPE_PAYMENT_PROVIDER_ID } from "../../modules/stripe-payment"
import { PAYMENT_PROVIDER_ID } from "../seed-data/store"
import type { SeedSummary } from "./summary"

/**
 * Card payments (`pp_stripe_stripe`) in every region when Stripe is configured. Medusa's system provider
 * authorizes anything: where system payments are allowed (development and tests) it stays, for the order tests
 * and the stock-checkout benchmark; elsewhere it is taken off every region (and the store refuses it anyway).
 */
export async function ensureRegionPaymentProviders(container: MedusaContainer, summary: SeedSummary) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [stripe] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: [STRIPE_PAYMENT_PROVIDER_ID], is_enabled: true })
  if (!stripe) logger.warn("STRIPE_API_KEY is not set: regions get no card payments")
  const system = systemPaymentsAllowed(readEnv())
  const wanted = [
    ...(system || !stripe ? [PAYMENT_PROVIDER_ID] : []),
    ...(stripe ? [STRIPE_PAYMENT_PROVIDER_ID] : []),
  ]
  const unwanted = system || !stripe ? [] : [PAYMENT_PROVIDER_ID]

  const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
  })
  let changed = 0
  for (const region of regions as { id: string; payment_providers?: ({ id: string } | null)[] }[]) {
    const current = (region.payment_providers ?? []).flatMap((provider) => (provider ? [provider.id] : []))
    if (wanted.every((id) => current.includes(id)) && !unwanted.some((id) => current.includes(id))) continue
    const providers = [...new Set([...current, ...wanted])].filter((id) => !unwanted.includes(id))
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: providers } },
    })
    changed += 1
  }
  summary.record("region payment providers", changed, regions.length - changed)
}
