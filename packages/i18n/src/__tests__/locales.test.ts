import { describe, expect, it } from "vitest"
import { DEFAULT_LOCALE, direction, isLocale, LOCALES, resources } from "../index"

describe("locales", () => {
  it("default to Arabic, written right to left", () => {
    expect(LOCALES).toEqual(["ar", "en"])
    expect(DEFAULT_LOCALE).toBe("ar")
    expect(direction("ar")).toBe("rtl")
    expect(direction("en")).toBe("ltr")
  })

  it("recognise only supported locales", () => {
    expect(isLocale("ar")).toBe(true)
    expect(isLocale("en")).toBe(true)
    expect(isLocale("fr")).toBe(false)
    expect(isLocale("AR")).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })

  it("expose i18next resources for every locale", () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort())
    expect(resources.ar.translation.app.name).toBe("أسرة")
    expect(resources.en.translation.app.name).toBe("Usra")
  })
})
