import type { Logger } from "@medusajs/framework/types"

interface Tally {
  created: number
  present: number
}

/** Counts, per kind of record, what this run created and what an earlier run had already made. */
export class SeedSummary {
  private readonly tallies = new Map<string, Tally>()

  record(what: string, created: number, present: number): void {
    const tally = this.tallies.get(what) ?? { created: 0, present: 0 }
    tally.created += created
    tally.present += present
    this.tallies.set(what, tally)
  }

  created(what: string, count = 1): void {
    this.record(what, count, 0)
  }

  present(what: string, count = 1): void {
    this.record(what, 0, count)
  }

  get totalCreated(): number {
    return [...this.tallies.values()].reduce((sum, tally) => sum + tally.created, 0)
  }

  log(logger: Logger, elapsedMs: number): void {
    for (const [what, { created, present }] of this.tallies) {
      logger.info(`  ${what}: ${created} created, ${present} already present`)
    }
    const seconds = (elapsedMs / 1000).toFixed(1)
    logger.info(
      this.totalCreated === 0
        ? `Usra demo data: everything already present, nothing created (${seconds} s)`
        : `Usra demo data: ${this.totalCreated} records created (${seconds} s)`,
    )
  }
}
