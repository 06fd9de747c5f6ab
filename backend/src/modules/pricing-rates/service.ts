import type { Context, DAL } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Currency } from "@usra/i18n"
import { DEFAULT_RATES_FROM_JOD } from "../../lib/pricing/rates"
import { ExchangeRate } from "./models/exchange-rate"
import { ExchangeRateHistory } from "./models/exchange-rate-history"
import { type RateCurrency, type RateTable, rateProblem, sameRate } from "./rate-rules"

/** One rate that setRates changed: enough to put it back (undoRateChanges). */
export type RateChange = {
  currency_code: RateCurrency
  old_rate: string | null
  old_updated_by: string | null
  new_rate: string
  history_id: string
}

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

export default class PricingRatesModuleService extends MedusaService({ ExchangeRate, ExchangeRateHistory }) {
  protected readonly repository_: DAL.RepositoryService

  constructor(container: InjectedDependencies) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.repository_ = container.baseRepository
  }

  /** Runs `task` in one database transaction that the generated methods join through the context. */
  protected inTransaction<T>(task: (context: Context) => Promise<T>): Promise<T> {
    return this.repository_.transaction((transactionManager) => task({ transactionManager }))
  }

  /**
   * The rates to price with, keyed like src/lib/pricing expects. A currency finance never set keeps its launch
   * default, which is also what the seed stores and prices the demo catalogue at.
   */
  async currentRates(): Promise<Record<Currency, string>> {
    const rows = await this.listExchangeRates({}, { select: ["currency_code", "rate"] })
    const rates: Record<Currency, string> = { ...DEFAULT_RATES_FROM_JOD }
    for (const row of rows) rates[row.currency_code.toUpperCase() as Currency] = row.rate
    return rates
  }

  /**
   * Sets the given rates and appends one history row per rate whose value changes; a rate equal in value
   * to the current one ("1.3" for "1.30") is left alone. All or nothing.
   */
  async setRates(rates: Partial<RateTable>, changedBy: string | null): Promise<RateChange[]> {
    const entries = Object.entries(rates) as [RateCurrency, string][]
    for (const [currency, rate] of entries) {
      const problem = rateProblem(rate)
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `rates.${currency} ${problem}`)
    }
    return this.inTransaction((sharedContext) => this.setRates_(entries, changedBy, sharedContext))
  }

  protected async setRates_(
    entries: [RateCurrency, string][],
    changedBy: string | null,
    sharedContext: Context,
  ): Promise<RateChange[]> {
    const existing = await this.listExchangeRates(
      { currency_code: entries.map(([currency]) => currency) },
      {},
      sharedContext,
    )
    const current = new Map(existing.map((row) => [row.currency_code as RateCurrency, row]))
    const changed = entries.filter(([currency, rate]) => {
      const row = current.get(currency)
      return !row || !sameRate(row.rate, rate)
    })
    if (changed.length === 0) return []

    const updates = changed.filter(([currency]) => current.has(currency))
    const creates = changed.filter(([currency]) => !current.has(currency))
    if (updates.length > 0) {
      await this.updateExchangeRates(
        updates.map(([currency, rate]) => ({
          id: current.get(currency)?.id as string,
          rate,
          updated_by: changedBy,
        })),
        sharedContext,
      )
    }
    if (creates.length > 0) {
      await this.createExchangeRates(
        creates.map(([currency_code, rate]) => ({ currency_code, rate, updated_by: changedBy })),
        sharedContext,
      )
    }
    const changedAt = new Date()
    const history = await this.createExchangeRateHistories(
      changed.map(([currency_code, rate]) => ({
        currency_code,
        old_rate: current.get(currency_code)?.rate ?? null,
        new_rate: rate,
        changed_by: changedBy,
        changed_at: changedAt,
      })),
      sharedContext,
    )
    return changed.map(([currency_code, new_rate], index) => ({
      currency_code,
      old_rate: current.get(currency_code)?.rate ?? null,
      old_updated_by: current.get(currency_code)?.updated_by ?? null,
      new_rate,
      history_id: history[index]?.id as string,
    }))
  }

  /**
   * Takes back changes setRates made, as a rolled-back transaction would: the rates return to their old values
   * and the history rows of the change are removed, since the change never took effect.
   */
  async undoRateChanges(changes: RateChange[]): Promise<void> {
    if (changes.length === 0) return
    await this.inTransaction((sharedContext) => this.undoRateChanges_(changes, sharedContext))
  }

  protected async undoRateChanges_(changes: RateChange[], sharedContext: Context): Promise<void> {
    const rows = await this.listExchangeRates(
      { currency_code: changes.map((change) => change.currency_code) },
      {},
      sharedContext,
    )
    const byCurrency = new Map(rows.map((row) => [row.currency_code as RateCurrency, row]))
    const restores = changes.filter(
      (change) => change.old_rate !== null && byCurrency.has(change.currency_code),
    )
    const removals = changes.filter(
      (change) => change.old_rate === null && byCurrency.has(change.currency_code),
    )
    if (restores.length > 0) {
      await this.updateExchangeRates(
        restores.map((change) => ({
          id: byCurrency.get(change.currency_code)?.id as string,
          rate: change.old_rate as string,
          updated_by: change.old_updated_by,
        })),
        sharedContext,
      )
    }
    if (removals.length > 0) {
      await this.deleteExchangeRates(
        removals.map((change) => byCurrency.get(change.currency_code)?.id as string),
        sharedContext,
      )
    }
    await this.deleteExchangeRateHistories(
      changes.map((change) => change.history_id),
      sharedContext,
    )
  }
}
