import { describe, expect, it } from "vitest"
import { describeRounding } from "../rounding"

describe("describeRounding", () => {
  it("names every currency's price point", () => {
    expect(describeRounding()).toBe(
      "converted from JOD at the rate, rounded half up to the minor unit, then: JOD exact; " +
        "USD, EUR, GBP up to the next .49 or .99; SAR, AED up to the next whole unit",
    )
  })
})
