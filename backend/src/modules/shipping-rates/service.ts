import type { Context, DAL } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { ZoneRateCard } from "../../lib/shipping/brackets"
import { rateCardProblems } from "../../lib/shipping/rate-card-rules"
import { type StoredRateCard, toRateCards } from "../../lib/shipping/rate-cards"
import type { ShippingZone as ZoneKey } from "../../lib/shipping/zones"
import { ShippingZone } from "./models/shipping-zone"
import { ShippingZoneRate } from "./models/shipping-zone-rate"

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

export default class ShippingRatesModuleService extends MedusaService({ ShippingZone, ShippingZoneRate }) {
  protected readonly repository_: DAL.RepositoryService

  constructor(container: InjectedDependencies) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.repository_ = container.baseRepository
  }

  protected inTransaction<T>(task: (context: Context) => Promise<T>): Promise<T> {
    return this.repository_.transaction((transactionManager) => task({ transactionManager }))
  }

  /** The rate cards of `zones` (all zones by default), read fresh every time so finance's edits apply at once. */
  async rateCards(zones?: ZoneKey[], sharedContext?: Context): Promise<StoredRateCard[]> {
    const filter = zones ? { zone: zones } : {}
    const [zoneRows, rateRows] = await Promise.all([
      this.listShippingZones(filter, {}, sharedContext),
      this.listShippingZoneRates(filter, {}, sharedContext),
    ])
    return toRateCards(zoneRows, rateRows)
  }

  async rateCard(zone: ZoneKey, sharedContext?: Context): Promise<StoredRateCard | undefined> {
    return (await this.rateCards([zone], sharedContext))[0]
  }

  /**
   * Replaces one zone's transit time and every bracket, all or nothing. Returns the card it replaced (undefined
   * for a zone that had none): what putting things back needs.
   */
  async replaceRateCard(card: ZoneRateCard, updatedBy: string | null): Promise<StoredRateCard | undefined> {
    const problems = rateCardProblems(card)
    if (problems.length > 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        problems.map((problem) => problem.message).join("; "),
      )
    }
    return this.inTransaction(async (context) => {
      const previous = await this.rateCard(card.zone, context)
      const [zone] = await this.listShippingZones({ zone: card.zone }, { select: ["id"] }, context)
      const values = {
        transit_days_min: card.transit_days.min,
        transit_days_max: card.transit_days.max,
        updated_by: updatedBy,
      }
      if (zone) await this.updateShippingZones({ id: zone.id, ...values }, context)
      else await this.createShippingZones({ zone: card.zone, ...values }, context)

      await this.deleteRates(card.zone, context)
      await this.createShippingZoneRates(
        card.brackets.map(({ max_weight_g, price }) => ({
          zone: card.zone,
          max_weight_g,
          price,
          currency_code: card.currency_code,
        })),
        context,
      )
      return previous
    })
  }

  /** Deletes a zone's card: undoes the first card a zone was given. */
  async removeRateCard(zone: ZoneKey): Promise<void> {
    await this.inTransaction(async (context) => {
      await this.deleteRates(zone, context)
      const zones = await this.listShippingZones({ zone }, { select: ["id"] }, context)
      if (zones.length > 0)
        await this.deleteShippingZones(
          zones.map((row) => row.id),
          context,
        )
    })
  }

  protected async deleteRates(zone: ZoneKey, context: Context): Promise<void> {
    const rates = await this.listShippingZoneRates({ zone }, { select: ["id"] }, context)
    if (rates.length > 0)
      await this.deleteShippingZoneRates(
        rates.map((row) => row.id),
        context,
      )
  }
}
