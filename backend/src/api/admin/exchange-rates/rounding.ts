import { CURRENCIES, type Currency } from "@usra/i18n"
import { PRICE_POINT_RULES, type PricePointRule } from "../../../lib/pricing"

const RULE_WORDS: Record<PricePointRule, string> = {
  charm: "up to the next .49 or .99",
  whole: "up to the next whole unit",
  exact: "exact",
}

/** The documented rounding (src/lib/pricing) in one line, built from the rules so it cannot drift from them. */
export function describeRounding(): string {
  const groups = new Map<PricePointRule, Currency[]>()
  for (const currency of CURRENCIES) {
    const rule = PRICE_POINT_RULES[currency]
    groups.set(rule, [...(groups.get(rule) ?? []), currency])
  }
  const parts = [...groups].map(([rule, currencies]) => `${currencies.join(", ")} ${RULE_WORDS[rule]}`)
  return `converted from JOD at the rate, rounded half up to the minor unit, then: ${parts.join("; ")}`
}
