import type { MedusaContainer } from "@medusajs/framework/types"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { SeedSummary } from "./summary"

/**
 * Builds the catalogue's read model from what the seed made (the seed runs without event subscribers). Rows
 * already up to date are not rewritten, so a second run changes nothing.
 */
export async function ensureCatalog(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const result = await container.resolve<CatalogModuleService>(CATALOG_MODULE).refreshAll()
  summary.record("catalogue rows", result.written, result.unchanged)
}
