export { convertBetween, convertFromJod } from "./convert"
export { PRICE_POINT_RULES, type PricePointRule, roundToPricePoint } from "./price-points"
export { type PriceSet, priceInAllCurrencies } from "./prices"
export { DEFAULT_RATES_FROM_JOD, parseRate, type ScaledRate } from "./rates"
