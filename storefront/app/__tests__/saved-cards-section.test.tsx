import { cleanup, render, screen } from "@testing-library/react"
import type { SavedCard } from "@usra/api-client"
import { I18nextProvider } from "react-i18next"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it } from "vitest"
import { i18nFor, type Locale } from "../lib/i18n"
import { shopMessages } from "../lib/messages.server"
import { SavedCards } from "../modules/account/saved-cards"

afterEach(cleanup)

let shown: SavedCard[] = []
function Section() {
  return <SavedCards cards={shown} />
}

function renderSection(locale: Locale, cards: SavedCard[]) {
  shown = cards
  const Stub = createRoutesStub([{ path: "/:lang/account", Component: Section }])
  return render(
    <I18nextProvider i18n={i18nFor(locale, shopMessages(locale))}>
      <Stub initialEntries={[`/${locale}/account`]} />
    </I18nextProvider>,
  )
}

const mastercard: SavedCard = {
  id: "pm_mc",
  brand: "mastercard",
  last4: "4444",
  exp_month: 9,
  exp_year: 2030,
}

describe("the account's saved cards", () => {
  it("lists each card with a remove button that posts its id to the saved-cards route", async () => {
    const { container } = renderSection("en", [mastercard])
    expect(await screen.findByRole("heading", { name: "Saved cards" })).toBeTruthy()
    expect(screen.getByText("Mastercard ending in 4444")).toBeTruthy()
    expect(screen.getByText("Expires 09/2030")).toBeTruthy()
    const remove = screen.getByRole("button", { name: "Remove the Mastercard card ending in 4444" })
    const form = remove.closest("form")
    expect(form?.getAttribute("action")).toBe("/en/account/saved-cards")
    expect(form?.getAttribute("method")).toBe("post")
    expect(container.querySelector<HTMLInputElement>('input[name="card_id"]')?.value).toBe("pm_mc")
  })

  it("says there are none, in Arabic", async () => {
    renderSection("ar", [])
    expect(await screen.findByRole("heading", { name: "البطاقات المحفوظة" })).toBeTruthy()
    expect(screen.getByText(/لا توجد بطاقات محفوظة/)).toBeTruthy()
    expect(screen.queryByRole("button")).toBeNull()
  })
})
