import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { REGION_COUNTRIES, REGIONS } from "../seed-data/regions"
import { PAYMENT_PROVIDER_ID, TAX_PROVIDER_ID } from "../seed-data/store"
import type { SeedSummary } from "./summary"

export async function ensureRegions(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const regions = container.resolve(Modules.REGION)
  const names = REGIONS.map((region) => region.name)
  const existing = new Set((await regions.listRegions({ name: { $in: names } })).map((region) => region.name))
  const missing = REGIONS.filter((region) => !existing.has(region.name))
  if (missing.length > 0) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((region) => ({
          name: region.name,
          currency_code: region.currency,
          countries: [...region.countries],
          payment_providers: [PAYMENT_PROVIDER_ID],
          metadata: { zone: region.zone },
        })),
      },
    })
  }
  summary.record("regions", missing.length, REGIONS.length - missing.length)
}

/** A country-level tax region per sold-to country, on Medusa's system provider, as the starter does. */
export async function ensureTaxRegions(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const tax = container.resolve(Modules.TAX)
  const existing = new Set(
    (await tax.listTaxRegions({ country_code: [...REGION_COUNTRIES] }))
      .filter((taxRegion) => !taxRegion.parent_id)
      .map((taxRegion) => taxRegion.country_code),
  )
  const missing = REGION_COUNTRIES.filter((country) => !existing.has(country))
  if (missing.length > 0) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => ({ country_code, provider_id: TAX_PROVIDER_ID })),
    })
  }
  summary.record("tax regions", missing.length, REGION_COUNTRIES.length - missing.length)
}
