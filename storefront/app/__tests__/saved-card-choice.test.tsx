import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import type { SavedCard } from "@usra/api-client"
import { I18nextProvider } from "react-i18next"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { i18nFor, type Locale } from "../lib/i18n"
import { shopMessages } from "../lib/messages.server"
import { SavedCardChoice } from "../modules/checkout/saved-card-choice"

afterEach(cleanup)

const visa: SavedCard = { id: "pm_visa", brand: "visa", last4: "4242", exp_month: 4, exp_year: 2031 }
const amex: SavedCard = { id: "pm_amex", brand: "amex", last4: "8431", exp_month: 11, exp_year: 2029 }

let shown: { cards: SavedCard[]; canSave: boolean; onPay: (id: string, save: boolean) => void } = {
  cards: [],
  canSave: false,
  onPay: () => {},
}

/** The new-card form stands in as a button that "collects" the card pm_new. */
function Choice() {
  return (
    <SavedCardChoice
      cards={shown.cards}
      canSave={shown.canSave}
      payLabel="Pay"
      busy={false}
      onPay={shown.onPay}
      renderNewCard={(onPaymentMethod) => (
        <button type="button" onClick={() => onPaymentMethod("pm_new")}>
          new-card-form
        </button>
      )}
    />
  )
}

function renderChoice(locale: Locale, cards: SavedCard[], canSave: boolean) {
  const onPay = vi.fn()
  shown = { cards, canSave, onPay }
  const Stub = createRoutesStub([{ path: "/:lang/checkout", Component: Choice }])
  render(
    <I18nextProvider i18n={i18nFor(locale, shopMessages(locale))}>
      <Stub initialEntries={[`/${locale}/checkout`]} />
    </I18nextProvider>,
  )
  return onPay
}

describe("SavedCardChoice", () => {
  it("offers a signed-in buyer's saved cards, the first chosen, and pays with the one picked", async () => {
    const onPay = renderChoice("en", [visa, amex], true)
    const first = await screen.findByRole("radio", { name: "Visa ending in 4242 · Expires 04/2031" })
    expect((first as HTMLInputElement).checked).toBe(true)
    expect(screen.queryByText("new-card-form")).toBeNull()
    fireEvent.click(screen.getByRole("radio", { name: "American Express ending in 8431 · Expires 11/2029" }))
    fireEvent.click(screen.getByRole("button", { name: "Pay" }))
    expect(onPay).toHaveBeenCalledWith("pm_amex", false)
  })

  it("saves a new card only when the buyer ticks the box", async () => {
    const onPay = renderChoice("en", [visa], true)
    fireEvent.click(await screen.findByRole("radio", { name: "A new card" }))
    const save = screen.getByRole("checkbox", { name: /Save this card for next time/ })
    expect((save as HTMLInputElement).checked).toBe(false)
    fireEvent.click(screen.getByText("new-card-form"))
    expect(onPay).toHaveBeenLastCalledWith("pm_new", false)
    fireEvent.click(save)
    fireEvent.click(screen.getByText("new-card-form"))
    expect(onPay).toHaveBeenLastCalledWith("pm_new", true)
  })

  it("shows a guest only the card form, with nothing to save", async () => {
    const onPay = renderChoice("en", [], false)
    fireEvent.click(await screen.findByText("new-card-form"))
    expect(screen.queryByRole("checkbox")).toBeNull()
    expect(screen.queryByRole("radio")).toBeNull()
    expect(onPay).toHaveBeenCalledWith("pm_new", false)
  })

  it("speaks Arabic", async () => {
    renderChoice("ar", [visa], true)
    expect(
      await screen.findByRole("radio", { name: "فيزا تنتهي بـ 4242 · تنتهي صلاحيتها 04/2031" }),
    ).toBeTruthy()
    fireEvent.click(screen.getByRole("radio", { name: "بطاقة جديدة" }))
    expect(screen.getByRole("checkbox", { name: /احفظ هذه البطاقة للمرة القادمة/ })).toBeTruthy()
  })
})
