import { cleanup, render, screen } from "@testing-library/react"
import { I18nextProvider } from "react-i18next"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it } from "vitest"
import { i18nFor, type Locale } from "../lib/i18n"
import { shopMessages } from "../lib/messages.server"
import { type GridProduct, ProductGrid } from "../modules/products/product-grid"

afterEach(cleanup)

const zaatar: GridProduct = {
  id: "prod_1",
  handle: "zaatar-blend-ajloun",
  title: "زعتر بلدي",
  thumbnail: "/static/zaatar.png",
  price: { amount: 4500, currency_code: "jod" },
  family: { handle: "um-ali", name: "مطبخ أم علي" },
}

let shown: GridProduct[] = []
function Grid() {
  return <ProductGrid products={shown} eager={1} />
}

function renderGrid(locale: Locale, products: GridProduct[]) {
  shown = products
  const Stub = createRoutesStub([{ path: "/:lang", Component: Grid }])
  return render(
    <I18nextProvider i18n={i18nFor(locale, shopMessages(locale))}>
      <Stub initialEntries={[`/${locale}`]} />
    </I18nextProvider>,
  )
}

describe("ProductGrid", () => {
  it("shows each product in the page's language, with its maker and price", async () => {
    renderGrid("ar", [zaatar])
    const link = await screen.findByRole("link", { name: "زعتر بلدي" })
    expect(link.getAttribute("href")).toBe("/ar/products/zaatar-blend-ajloun")
    expect(screen.getByText("مطبخ أم علي")).toBeTruthy()
    expect(screen.getByText(/4\.500/)).toBeTruthy()
    // The first card is the page's largest image: loaded at once; the rest lazily.
    expect(link.querySelector("img")?.getAttribute("loading")).toBe("eager")
  })

  it("says when a product has no price in the buyer's region", async () => {
    renderGrid("en", [{ ...zaatar, title: "Za'atar blend", price: null }])
    expect(await screen.findByText("Not sold in this region yet")).toBeTruthy()
  })
})
