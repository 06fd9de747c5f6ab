import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { minorUnits, toMajor, toMinor } from "@usra/i18n"

/**
 * Medusa's major-unit amount as Stripe's integer of minor units. Stripe takes three-decimal currencies (JOD) only
 * in multiples of 10 fils, so those are rounded up to the next 10: the charge never falls short of the order.
 */
export function toStripeAmount(amount: BigNumberInput, currency: string): number {
  const minor = toMinor(MathBN.convert(amount).toFixed(), currency)
  if (minorUnits(currency) !== 3) return minor
  return Math.ceil(minor / 10) * 10
}

/** Stripe's minor units as Medusa's major-unit amount. */
export function fromStripeAmount(minor: number, currency: string): number {
  return toMajor(minor, currency)
}
