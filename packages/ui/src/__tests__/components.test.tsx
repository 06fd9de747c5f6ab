import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import {
  Alert,
  Button,
  FamilyCard,
  Input,
  LanguageSwitch,
  Price,
  ProductCard,
  Select,
  Stepper,
} from "../index"

afterEach(cleanup)

const visible = (text: string | null) =>
  (text ?? "").replace(/[\u200e\u200f\u061c]/g, "").replace(/[\u00a0\u202f]/g, " ")

describe("Price", () => {
  it("formats minor units for the page's language, JOD with three decimals", () => {
    const { container, rerender } = render(<Price amount={12500} currency="jod" locale="en" />)
    expect(visible(container.textContent)).toBe("JOD 12.500")
    rerender(<Price amount={12500} currency="jod" locale="ar" />)
    expect(visible(container.textContent)).toBe("12.500 د.أ.")
    rerender(<Price amount={1999} currency="usd" locale="en" original={2499} />)
    expect(container.querySelector("del")?.textContent).toBe("$24.99")
  })
})

describe("Button", () => {
  it("is a real button that says when it is busy", () => {
    render(<Button busy>Pay</Button>)
    const button = screen.getByRole("button", { name: "Pay" })
    expect(button.getAttribute("type")).toBe("button")
    expect(button.getAttribute("aria-busy")).toBe("true")
  })
})

describe("ProductCard", () => {
  it("is one link with the title as its name, a sized lazy image and the price", () => {
    render(
      <ProductCard
        href="/en/products/zaatar"
        title="Za'atar blend"
        image="/static/zaatar.png"
        price={450}
        currency="usd"
        locale="en"
        maker="Umm Ali's kitchen"
      />,
    )
    const link = screen.getByRole("link", { name: "Za'atar blend" })
    expect(link.getAttribute("href")).toBe("/en/products/zaatar")
    const image = link.querySelector("img")
    expect(image?.getAttribute("alt")).toBe("")
    expect(image?.getAttribute("loading")).toBe("lazy")
    expect(image?.getAttribute("width")).toBe("400")
    expect(screen.getByText("$4.50")).toBeTruthy()
    expect(screen.getByText("Umm Ali's kitchen")).toBeTruthy()
  })

  it("shows what it is told when there is no price in the region", () => {
    render(
      <ProductCard
        href="/x"
        title="Rug"
        image={null}
        price={null}
        currency={null}
        locale="en"
        noPrice="Not sold here"
      />,
    )
    expect(screen.getByText("Not sold here")).toBeTruthy()
  })
})

describe("FamilyCard", () => {
  it("links the family's name to its shop", () => {
    render(
      <FamilyCard href="/ar/families/um-ali" name="مطبخ أم علي" place="من محافظة عجلون" count="12 منتجات" />,
    )
    expect(screen.getByRole("link", { name: "مطبخ أم علي" }).getAttribute("href")).toBe("/ar/families/um-ali")
    expect(screen.getByText("من محافظة عجلون")).toBeTruthy()
  })
})

describe("LanguageSwitch", () => {
  it("offers the other language, named in its own script, with lang and hreflang", () => {
    render(<LanguageSwitch current="en" hrefs={{ ar: "/ar/cart", en: "/en/cart" }} label="Language" />)
    const link = screen.getByRole("link", { name: "العربية" })
    expect(link.getAttribute("href")).toBe("/ar/cart")
    expect(link.getAttribute("lang")).toBe("ar")
    expect(link.getAttribute("hreflang")).toBe("ar")
    expect(screen.queryByRole("link", { name: "English" })).toBeNull()
    expect(screen.getByRole("navigation", { name: "Language" })).toBeTruthy()
  })
})

describe("Input and Select", () => {
  it("tie the label, hint and error to the control", () => {
    render(
      <Input
        label="Email"
        name="email"
        hint="We send the receipt here"
        error="Please enter a valid email address"
      />,
    )
    const input = screen.getByLabelText("Email")
    expect(input.getAttribute("aria-invalid")).toBe("true")
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ")
    const texts = described.map((id) => document.getElementById(id)?.textContent)
    expect(texts).toEqual(["We send the receipt here", "Please enter a valid email address"])
  })

  it("leave a valid control unmarked", () => {
    render(
      <Select label="Country" name="country" defaultValue="jo">
        <option value="jo">Jordan</option>
      </Select>,
    )
    const select = screen.getByLabelText("Country")
    expect(select.getAttribute("aria-invalid")).toBeNull()
    expect(select.getAttribute("aria-describedby")).toBeNull()
  })
})

describe("Stepper", () => {
  it("marks the current step and links the finished ones", () => {
    render(
      <Stepper
        label="Checkout steps"
        steps={[
          { label: "Address", state: "done", href: "?step=address" },
          { label: "Payment", state: "current" },
          { label: "Review", state: "upcoming" },
        ]}
      />,
    )
    expect(screen.getByRole("link", { name: "Address" })).toBeTruthy()
    expect(screen.getByText("Payment").getAttribute("aria-current")).toBe("step")
    expect(screen.getByText("Review").getAttribute("aria-current")).toBeNull()
  })
})

describe("Alert", () => {
  it("interrupts for errors only", () => {
    render(<Alert tone="error">Declined</Alert>)
    expect(screen.getByRole("alert").textContent).toBe("Declined")
    cleanup()
    render(<Alert tone="success">Added</Alert>)
    expect(screen.getByRole("status").textContent).toBe("Added")
  })
})
