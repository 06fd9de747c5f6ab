import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import type { CustomerAddress } from "@usra/api-client"
import { useState } from "react"
import { I18nextProvider } from "react-i18next"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it } from "vitest"
import { i18nFor, type Locale } from "../lib/i18n"
import { shopMessages } from "../lib/messages.server"
import { SavedAddressChoice } from "../modules/checkout/saved-address-choice"

afterEach(cleanup)

const address = (id: string, street: string, isDefault: boolean): CustomerAddress => ({
  id,
  address_name: null,
  first_name: "Lena",
  last_name: "Fischer",
  address_1: street,
  address_2: null,
  city: "Berlin",
  province: null,
  postal_code: "10119",
  country_code: "de",
  phone: null,
  is_default_shipping: isDefault,
  is_default_billing: false,
})

const addresses = [address("a", "Torstraße 1", true), address("b", "Kastanienallee 5", false)]
const chosen: string[] = []

function Choice() {
  const [value, setValue] = useState("a")
  return (
    <SavedAddressChoice
      addresses={addresses}
      value={value}
      onChange={(next) => {
        chosen.push(next)
        setValue(next)
      }}
      describe={() => "Deutschland"}
      error={null}
    />
  )
}

function renderChoice(locale: Locale) {
  const Stub = createRoutesStub([{ path: "/:lang", Component: Choice }])
  return render(
    <I18nextProvider i18n={i18nFor(locale, shopMessages(locale))}>
      <Stub initialEntries={[`/${locale}`]} />
    </I18nextProvider>,
  )
}

describe("SavedAddressChoice", () => {
  it("offers each saved address as a radio, the default marked and chosen, and a new address", async () => {
    renderChoice("en")
    const group = await screen.findByRole("group", { name: "Deliver to" })
    const radios = screen.getAllByRole("radio") as HTMLInputElement[]
    expect(radios.map((radio) => radio.value)).toEqual(["a", "b", "new"])
    expect(screen.getByRole("radio", { name: /Torstraße 1.*Deutschland · Default/ })).toHaveProperty(
      "checked",
      true,
    )
    expect(group.textContent).toContain("A new address")
    fireEvent.click(screen.getByRole("radio", { name: "A new address" }))
    expect(chosen.at(-1)).toBe("new")
    expect(screen.getByRole("radio", { name: "A new address" })).toHaveProperty("checked", true)
  })

  it("speaks Arabic on the Arabic page", async () => {
    renderChoice("ar")
    expect(await screen.findByRole("group", { name: "التوصيل إلى" })).toBeTruthy()
    expect(screen.getByRole("radio", { name: "عنوان جديد" })).toBeTruthy()
  })
})
