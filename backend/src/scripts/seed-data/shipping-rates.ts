import type { ZoneRateCard } from "../../lib/shipping/brackets"

const KG = 1_000
/** Upper bounds of the launch brackets; the last one is open-ended. */
const BOUNDS = [500, 1 * KG, 2 * KG, 5 * KG, 10 * KG, 20 * KG, null] as const

const card = (
  zone: ZoneRateCard["zone"],
  currency_code: string,
  transit: [number, number],
  prices: readonly number[],
): ZoneRateCard => ({
  zone,
  currency_code,
  transit_days: { min: transit[0], max: transit[1] },
  brackets: BOUNDS.map((max_weight_g, index) => ({ max_weight_g, price: prices[index] as number })),
})

/**
 * Launch rates from the Amman hub, in minor units of each zone's currency. Each zone is priced in the currency of
 * the region that buys from it; the GCC zone spans the SAR, AED and USD regions and is priced in SAR, its largest
 * market (AED and USD carts pay the converted price).
 */
export const RATE_CARDS: readonly ZoneRateCard[] = [
  card("jordan", "jod", [2, 4], [2_000, 2_500, 3_500, 5_000, 8_000, 12_000, 18_000]),
  card("gcc", "sar", [4, 7], [4_500, 6_000, 8_500, 15_000, 25_000, 42_000, 60_000]),
  card("europe", "eur", [6, 10], [1_490, 1_990, 2_790, 4_490, 6_990, 10_900, 15_900]),
  card("uk", "gbp", [6, 10], [1_290, 1_690, 2_390, 3_890, 5_990, 9_400, 13_900]),
  card("north_america", "usd", [8, 14], [1_990, 2_690, 3_690, 5_990, 9_490, 14_900, 21_900]),
  card("rest_of_world", "usd", [10, 20], [2_290, 2_990, 4_190, 6_790, 10_900, 16_900, 24_900]),
]
