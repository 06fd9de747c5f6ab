// Stripe's test cards and their `pm_card_*` / `tok_*` shortcuts, and what each does when charged.
// https://docs.stripe.com/testing

export interface Decline {
  /** Error `code` (e.g. card_declined, expired_card). */
  code: string
  declineCode: string
  message: string
  /** Charge outcome: network_status, type and seller_message. */
  outcomeType: "issuer_declined" | "blocked"
  sellerMessage: string
}

export type CardBehaviour =
  | { kind: "succeed"; dispute?: boolean }
  | { kind: "decline"; decline: Decline }
  /** 3-D Secure is required; `after` is what the charge does once the buyer authenticates. */
  | { kind: "authenticate"; after: { kind: "succeed" } | { kind: "decline"; decline: Decline } }

export interface TestCard {
  number: string
  brand: "visa" | "mastercard" | "amex" | "discover" | "unknown"
  funding: "credit" | "debit" | "prepaid" | "unknown"
  country: string
  behaviour: CardBehaviour
  /** `pm_card_*` and `tok_*` shortcuts that stand for this card. */
  aliases: string[]
}

const BANK_SAID_NO = "The bank did not return any further details with this decline."

function decline(code: string, declineCode: string, message: string, sellerMessage = BANK_SAID_NO): Decline {
  return { code, declineCode, message, outcomeType: "issuer_declined", sellerMessage }
}

export const DECLINES = {
  generic: decline("card_declined", "generic_decline", "Your card was declined."),
  insufficientFunds: decline("card_declined", "insufficient_funds", "Your card has insufficient funds."),
  lostCard: decline("card_declined", "lost_card", "Your card was declined."),
  stolenCard: decline("card_declined", "stolen_card", "Your card was declined."),
  expiredCard: decline("expired_card", "expired_card", "Your card has expired."),
  incorrectCvc: decline("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."),
  processingError: decline(
    "processing_error",
    "processing_error",
    "An error occurred while processing your card. Try again in a little bit.",
  ),
  fraudulent: {
    ...decline("card_declined", "fraudulent", "Your card was declined."),
    outcomeType: "blocked",
    sellerMessage: "Stripe blocked this payment as too risky.",
  },
  authenticationRequired: decline(
    "authentication_required",
    "authentication_required",
    "Your card was declined. This transaction requires authentication.",
  ),
} satisfies Record<string, Decline>

const succeed: CardBehaviour = { kind: "succeed" }
const threeDS: CardBehaviour = { kind: "authenticate", after: { kind: "succeed" } }

function card(
  number: string,
  brand: TestCard["brand"],
  behaviour: CardBehaviour,
  aliases: string[],
  funding: TestCard["funding"] = "credit",
): TestCard {
  return { number, brand, funding, country: "US", behaviour, aliases }
}

export const TEST_CARDS: TestCard[] = [
  card("4242424242424242", "visa", succeed, ["pm_card_visa", "tok_visa"]),
  card("4000056655665556", "visa", succeed, ["pm_card_visa_debit", "tok_visa_debit"], "debit"),
  card("5555555555554444", "mastercard", succeed, ["pm_card_mastercard", "tok_mastercard"]),
  card(
    "5200828282828210",
    "mastercard",
    succeed,
    ["pm_card_mastercard_debit", "tok_mastercard_debit"],
    "debit",
  ),
  card("378282246310005", "amex", succeed, ["pm_card_amex", "tok_amex"]),
  card("6011111111111117", "discover", succeed, ["pm_card_discover", "tok_discover"]),
  card("4000000000000077", "visa", succeed, ["pm_card_bypassPending", "tok_bypassPending"]),
  card("4000000000000259", "visa", { kind: "succeed", dispute: true }, [
    "pm_card_createDispute",
    "tok_createDispute",
  ]),
  card("4000000000000002", "visa", { kind: "decline", decline: DECLINES.generic }, [
    "pm_card_chargeDeclined",
    "tok_chargeDeclined",
    "pm_card_visa_chargeDeclined",
    "tok_visa_chargeDeclined",
  ]),
  card("4000000000009995", "visa", { kind: "decline", decline: DECLINES.insufficientFunds }, [
    "pm_card_chargeDeclinedInsufficientFunds",
    "tok_chargeDeclinedInsufficientFunds",
    "pm_card_visa_chargeDeclinedInsufficientFunds",
  ]),
  card("4000000000009987", "visa", { kind: "decline", decline: DECLINES.lostCard }, [
    "pm_card_chargeDeclinedLostCard",
    "tok_chargeDeclinedLostCard",
    "pm_card_visa_chargeDeclinedLostCard",
  ]),
  card("4000000000009979", "visa", { kind: "decline", decline: DECLINES.stolenCard }, [
    "pm_card_chargeDeclinedStolenCard",
    "tok_chargeDeclinedStolenCard",
    "pm_card_visa_chargeDeclinedStolenCard",
  ]),
  card("4000000000000069", "visa", { kind: "decline", decline: DECLINES.expiredCard }, [
    "pm_card_chargeDeclinedExpiredCard",
    "tok_chargeDeclinedExpiredCard",
  ]),
  card("4000000000000127", "visa", { kind: "decline", decline: DECLINES.incorrectCvc }, [
    "pm_card_chargeDeclinedIncorrectCvc",
    "tok_chargeDeclinedIncorrectCvc",
  ]),
  card("4000000000000119", "visa", { kind: "decline", decline: DECLINES.processingError }, [
    "pm_card_chargeDeclinedProcessingError",
    "tok_chargeDeclinedProcessingError",
  ]),
  card("4100000000000019", "visa", { kind: "decline", decline: DECLINES.fraudulent }, [
    "pm_card_radarBlock",
    "tok_radarBlock",
  ]),
  card("4000002500003155", "visa", threeDS, [
    "pm_card_authenticationRequiredOnSetup",
    "tok_authenticationRequiredOnSetup",
  ]),
  card("4000002760003184", "visa", threeDS, ["pm_card_authenticationRequired", "tok_authenticationRequired"]),
  card("4000000000003220", "visa", threeDS, ["pm_card_threeDSecure2Required", "tok_threeDSecure2Required"]),
  card("4000000000003063", "visa", threeDS, ["pm_card_threeDSecureRequired", "tok_threeDSecureRequired"]),
  card(
    "4000008260003178",
    "visa",
    { kind: "authenticate", after: { kind: "decline", decline: DECLINES.insufficientFunds } },
    [
      "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds",
      "tok_authenticationRequiredChargeDeclinedInsufficientFunds",
    ],
  ),
]

export function cardByAlias(id: string): TestCard | undefined {
  return TEST_CARDS.find((testCard) => testCard.aliases.includes(id))
}

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false
  let sum = 0
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

function brandOf(number: string): TestCard["brand"] {
  if (number.startsWith("4")) return "visa"
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard"
  if (/^3[47]/.test(number)) return "amex"
  if (/^6(011|5)/.test(number)) return "discover"
  return "unknown"
}

/** A test card by number; any other number that passes the Luhn check behaves like 4242 4242 4242 4242. */
export function cardByNumber(number: string): TestCard {
  const digits = number.replace(/[\s-]/g, "")
  return (
    TEST_CARDS.find((testCard) => testCard.number === digits) ?? card(digits, brandOf(digits), succeed, [])
  )
}
