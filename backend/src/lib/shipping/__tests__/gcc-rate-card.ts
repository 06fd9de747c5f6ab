import type { ZoneRateCard } from "../brackets"

/** A GCC rate card in SAR with two brackets (up to 500 g and up to 1 kg), shared by the shipping price tests. */
export const GCC: ZoneRateCard = {
  zone: "gcc",
  currency_code: "sar",
  transit_days: { min: 4, max: 7 },
  brackets: [
    { max_weight_g: 500, price: 4_500 },
    { max_weight_g: 1_000, price: 6_000 },
  ],
}
