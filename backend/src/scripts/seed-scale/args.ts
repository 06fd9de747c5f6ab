/** How big the scale seed makes the database: totals of scale-seeded records, not increments. */
export type ScaleSize = { families: number; products: number; orders: number }

export const DEFAULT_SCALE: ScaleSize = { families: 1_000, products: 10_000, orders: 50_000 }

const LIMITS: ScaleSize = { families: 100_000, products: 1_000_000, orders: 5_000_000 }

/**
 * Reads `--families N --products N --orders N` (or `--families=N`) from the command line; anything else is an
 * error naming it. `medusa exec` passes no arguments to scripts, so they come after `--` in process.argv.
 */
export function parseScaleArgs(argv: readonly string[]): ScaleSize {
  const separator = argv.indexOf("--")
  const args = separator >= 0 ? argv.slice(separator + 1) : []
  const size: ScaleSize = { ...DEFAULT_SCALE }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string
    const match = /^--(families|products|orders)(?:=(.*))?$/.exec(arg)
    if (!match) throw new Error(`Unknown argument "${arg}": use --families N --products N --orders N`)
    const name = match[1] as keyof ScaleSize
    const raw = match[2] ?? args[++index]
    if (raw === undefined || !/^\d+$/.test(raw)) {
      throw new Error(`--${name} needs a whole number, got ${raw === undefined ? "nothing" : `"${raw}"`}`)
    }
    const value = Number(raw)
    if (value > LIMITS[name]) throw new Error(`--${name} must be at most ${LIMITS[name]}`)
    size[name] = value
  }
  if (size.products > 0 && size.families === 0) throw new Error("--products needs at least one family")
  if (size.orders > 0 && size.products === 0) throw new Error("--orders needs at least one product")
  return size
}
