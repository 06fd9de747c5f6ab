import { describe, expect, it } from "vitest"
import { type RateCardInput, rateCardProblems } from "../rate-card-rules"

const VALID = {
  zone: "europe",
  currency_code: "eur",
  transit_days: { min: 6, max: 10 },
  brackets: [
    { max_weight_g: 500, price: 1_490 },
    { max_weight_g: 1_000, price: 1_490 },
    { max_weight_g: null, price: 15_900 },
  ],
}

const messages = (card: Partial<RateCardInput>) =>
  rateCardProblems({ ...VALID, ...card }).map((problem) => problem.message)

describe("rateCardProblems", () => {
  it("accepts a card with ascending brackets and an open-ended last one, or none", () => {
    expect(rateCardProblems(VALID)).toEqual([])
    expect(rateCardProblems({ ...VALID, brackets: VALID.brackets.slice(0, 2) })).toEqual([])
    expect(rateCardProblems({ ...VALID, brackets: [{ max_weight_g: null, price: 0 }] })).toEqual([])
  })

  it.each([
    [{ zone: "mars" }, /^zone must be one of: jordan, gcc/],
    [{ zone: undefined }, /^zone must be one of/],
    [{ currency_code: "chf" }, /^currency_code must be one of: jod, usd/],
    [{ currency_code: "EUR" }, /^currency_code .*lower case/],
    [{ transit_days: "6-10" }, /^transit_days must be an object/],
    [{ transit_days: { min: 0, max: 10 } }, /^transit_days\.min must be a whole number of days from 1 to 90/],
    [{ transit_days: { min: 6, max: 9.5 } }, /^transit_days\.max must be a whole number/],
    [{ transit_days: { min: 11, max: 10 } }, /^transit_days\.min must not exceed transit_days\.max/],
    [{ transit_days: { min: 1, max: 2, avg: 1 } }, /^transit_days\.avg is not a known field/],
    [{ brackets: [] }, /^brackets must be a list of 1 to 12/],
    [{ brackets: { max_weight_g: 1, price: 1 } }, /^brackets must be a list/],
    [{ brackets: Array.from({ length: 13 }, (_, i) => ({ max_weight_g: i + 1, price: 1 })) }, /1 to 12/],
    [{ brackets: ["500g"] }, /^brackets\[0\] must be an object/],
    [
      { brackets: [{ max_weight_g: 500, price: 1, currency: "eur" }] },
      /^brackets\[0\]\.currency is not a known/,
    ],
    [
      { brackets: [{ max_weight_g: 0, price: 1 }] },
      /^brackets\[0\]\.max_weight_g must be a whole number of grams/,
    ],
    [{ brackets: [{ max_weight_g: 100_001, price: 1 }] }, /from 1 to 100000/],
    [
      { brackets: [{ max_weight_g: "500", price: 1 }] },
      /^brackets\[0\]\.max_weight_g must be a whole number/,
    ],
    [{ brackets: [{ price: 1 }] }, /^brackets\[0\]\.max_weight_g must be a whole number/],
    [{ brackets: [{ max_weight_g: 500, price: -1 }] }, /^brackets\[0\]\.price must be a non-negative whole/],
    [
      { brackets: [{ max_weight_g: 500, price: 14.9 }] },
      /^brackets\[0\]\.price must be a non-negative whole/,
    ],
    [{ brackets: [{ max_weight_g: 500, price: 200_001 }] }, /^brackets\[0\]\.price must be at most 200000/],
    [
      {
        brackets: [
          { max_weight_g: null, price: 1 },
          { max_weight_g: null, price: 2 },
        ],
      },
      /^brackets\[0\]\.max_weight_g may be null \(open-ended\) only on the last/,
    ],
    [
      {
        brackets: [
          { max_weight_g: 1_000, price: 1 },
          { max_weight_g: 500, price: 2 },
        ],
      },
      /^brackets\[1\]\.max_weight_g must be greater than brackets\[0\]\.max_weight_g \(1000\)/,
    ],
    [
      {
        brackets: [
          { max_weight_g: 500, price: 1 },
          { max_weight_g: 500, price: 2 },
        ],
      },
      /^brackets\[1\]\.max_weight_g must be greater/,
    ],
    [
      {
        brackets: [
          { max_weight_g: 500, price: 2 },
          { max_weight_g: 1_000, price: 1 },
        ],
      },
      /^brackets\[1\]\.price must not be lower than brackets\[0\]\.price/,
    ],
  ])("refuses %j", (card, rule) => {
    const found = messages(card as Partial<RateCardInput>)
    expect(found.length).toBeGreaterThan(0)
    expect(
      found.some((message) => rule.test(message)),
      found.join("\n"),
    ).toBe(true)
  })

  it("scales the price ceiling with the currency's minor units", () => {
    const jod = { ...VALID, currency_code: "jod", brackets: [{ max_weight_g: null, price: 2_000_000 }] }
    expect(rateCardProblems(jod)).toEqual([])
    expect(messages({ ...jod, brackets: [{ max_weight_g: null, price: 2_000_001 }] })).toEqual([
      "brackets[0].price must be at most 2000000 minor units (2000 JOD)",
    ])
  })
})
