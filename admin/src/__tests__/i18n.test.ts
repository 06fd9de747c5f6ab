import { describe, expect, it } from "vitest"
import { createI18n, loadMessages } from "../i18n"

describe("the console's languages", () => {
  it("start with the one language given and fetch the other when staff switch to it", async () => {
    const i18n = createI18n("en", await loadMessages("en"))
    expect(i18n.t("admin.nav.reviews")).toBe("Reviews")
    expect(i18n.hasResourceBundle("ar", "translation")).toBe(false)
    await i18n.changeLanguage("ar")
    expect(i18n.t("admin.nav.reviews")).toBe("التقييمات")
    expect(document.documentElement.dir).toBe("rtl")
    expect(i18n.t("governorates.amman")).toBe("عمّان")
  })

  it("carry only the catalogue sections the console shows", async () => {
    expect(Object.keys(await loadMessages("ar")).sort()).toEqual([
      "admin",
      "app",
      "categories",
      "family_status",
      "governorates",
    ])
  })
})
