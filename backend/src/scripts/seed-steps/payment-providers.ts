import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PAYMENT_PROVIDER_ID } from "../../modules/stripe-payment"
import { PAYMENT_PROVIDER_ID } from "../seed-data/store"
import type { SeedSummary } from "./summary"

/**
 * Card payments (`pp_stripe_stripe`) in every region when Stripe is configured. Medusa's system provider stays
 * too: it authorizes anything, which the demo and the order tests use to place orders without a card; a
 * production region must offer only Stripe.
 */
export async function ensureRegionPaymentProviders(container: MedusaContainer, summary: SeedSummary) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [stripe] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: [STRIPE_PAYMENT_PROVIDER_ID], is_enabled: true })
  if (!stripe) logger.warn("STRIPE_API_KEY is not set: regions get no card payments")
  const wanted = stripe ? [PAYMENT_PROVIDER_ID, STRIPE_PAYMENT_PROVIDER_ID] : [PAYMENT_PROVIDER_ID]

  const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
  })
  let changed = 0
  for (const region of regions as { id: string; payment_providers?: ({ id: string } | null)[] }[]) {
    const current = (region.payment_providers ?? []).flatMap((provider) => (provider ? [provider.id] : []))
    if (wanted.every((id) => current.includes(id))) continue
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: region.id },
        update: { payment_providers: [...new Set([...current, ...wanted])] },
      },
    })
    changed += 1
  }
  summary.record("region payment providers", changed, regions.length - changed)
}
