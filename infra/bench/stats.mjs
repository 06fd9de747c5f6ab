// Small statistics for the benchmarks: percentiles, a seeded shuffle, and a bootstrap interval for the ratio of
// two medians (how sure a measured ratio is, given the run-to-run noise of a busy 2-core machine).

/** Nearest-rank percentile of an unsorted list, in ms with one decimal. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return Math.round((sorted[rank - 1] ?? 0) * 10) / 10
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence, so a run's order can be repeated. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy of `items` (Fisher-Yates) drawn from `random`. */
export function shuffled(items, random) {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const round2 = (value) => Math.round(value * 100) / 100

/**
 * The 90% bootstrap interval of p50(a) ÷ p50(b): both samples are resampled with replacement `rounds` times and
 * the 5th and 95th percentiles of the resampled ratios returned. An interval that holds 1 says the two are not
 * told apart by this many runs.
 */
export function medianRatioInterval(a, b, { rounds = 2000, random = seededRandom(1) } = {}) {
  if (a.length === 0 || b.length === 0) return null
  const resample = (values) => values.map(() => values[Math.floor(random() * values.length)])
  const ratios = []
  for (let i = 0; i < rounds; i++) {
    const denominator = percentile(resample(b), 50)
    if (denominator > 0) ratios.push(percentile(resample(a), 50) / denominator)
  }
  if (ratios.length === 0) return null
  ratios.sort((x, y) => x - y)
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]
  return [round2(at(0.05)), round2(at(0.95))]
}
