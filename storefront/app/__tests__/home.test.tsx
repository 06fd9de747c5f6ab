import { renderToString } from "react-dom/server"
import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import type { Locale } from "../lib/i18n"
import type { ProductCard } from "../lib/product"
import Home from "../routes/home"

const honey: ProductCard = {
  id: "prod_honey",
  title: "Ajloun mountain honey",
  titleAr: "عسل جبال عجلون",
  handle: "ajloun-honey",
  thumbnail: "/static/honey.jpg",
}

function renderHome(locale: Locale, products: ProductCard[] | null): string {
  const loaderData = { locale, products }
  const Stub = createRoutesStub([{ id: "home", path: "/:lang", Component: Home, loader: () => loaderData }])
  return renderToString(
    <Stub initialEntries={[`/${locale}`]} hydrationData={{ loaderData: { home: loaderData } }} />,
  )
}

describe("home route", () => {
  it("speaks the language of the URL", () => {
    const arabic = renderHome("ar", [honey])
    expect(arabic).toContain("سوق الأسر المنتجة الأردنية")
    expect(arabic).toContain("عسل جبال عجلون")
    expect(arabic).toContain('href="/en"')

    const english = renderHome("en", [honey])
    expect(english).toContain("The marketplace for Jordan&#x27;s productive families")
    expect(english).toContain("Ajloun mountain honey")
    expect(english).toContain('href="/ar"')
  })

  it("still renders, with a notice, when the backend is unreachable", () => {
    expect(renderHome("ar", null)).toContain("المنتجات غير متاحة حاليًا")
    expect(renderHome("en", null)).toContain("Products are not available right now")
  })
})
