import type { Browser, Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest"
import { arrowToOption, launch, screenshot, seriousViolations, tabTo, watchCsp } from "./browser"

const shop = inject("storefrontUrl")
const backend = inject("backendUrl")

/** A ministry user's token (the staff the seed creates), for what the hub does in the console. */
async function staffToken(role: "hub" | "reviewer") {
  const response = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `${role}@usra.jo`, password: "usra-demo-2026" }),
  })
  return ((await response.json()) as { token: string }).token
}

async function backendPost(token: string, path: string, body: Record<string, unknown>) {
  const response = await fetch(`${backend}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  expect(response.status, `${path}: ${text}`).toBeLessThan(300)
}

/** Reads a ministry route until `ready` says the background jobs have caught up. */
async function pollApi<T>(token: string, path: string, ready: (body: T) => boolean): Promise<T> {
  let last: T | undefined
  await expect
    .poll(
      async () => {
        const response = await fetch(`${backend}${path}`, { headers: { authorization: `Bearer ${token}` } })
        last = (await response.json()) as T
        return ready(last)
      },
      { timeout: 45_000, interval: 500 },
    )
    .toBe(true)
  return last as T
}
let browser: Browser
let page: Page
let cspViolations: string[] = []
const productHandles: string[] = []
const familyHandles: string[] = []
const email = `buyer-${Date.now()}@example.com`

/** Loads a page, waits for hydration (every module script run), and checks it with axe. */
async function visit(path: string, name?: string) {
  const response = await page.goto(`${shop}${path}`, { waitUntil: "networkidle" })
  expect(response?.status(), path).toBeLessThan(400)
  if (name) await check(name)
}

async function check(name: string) {
  await screenshot(page, name)
  const violations = await seriousViolations(page)
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([])
}

const dir = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])

beforeAll(async () => {
  browser = await launch()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  page.on("pageerror", (error) => console.error(`[browser] ${error.message}`))
  cspViolations = watchCsp(page)
})

afterEach(() => {
  expect(cspViolations, "Content-Security-Policy violations").toEqual([])
})

afterAll(async () => {
  await browser?.close()
})

describe("a buyer", () => {
  it("browses in English, changes the shipping country and sees prices in its currency", async () => {
    await visit("/en", "home-en")
    expect(await dir()).toEqual(["en", "ltr"])
    expect(await page.title()).toContain("Usra")
    expect(await page.locator('link[rel="alternate"][hreflang="ar"]').getAttribute("href")).toMatch(/\/ar$/)

    await page.locator("#region-country").selectOption("jo")
    await Promise.all([page.waitForURL(/\/en$/), page.getByRole("button", { name: "Change" }).click()])
    await expect.poll(() => page.locator(".region-form__currency").textContent()).toContain("JOD")
    expect(await page.locator(".usra-product-card__price").first().textContent()).toContain("JOD")

    await page.getByRole("link", { name: "Shop all" }).first().click()
    await page.waitForURL(/\/en\/products/)
    await check("listing-en")
    // Arabic search in the English shop, typed without hamza: normalised on both sides.
    await visit(`/en/products?q=${encodeURIComponent("زيت زيتون")}`)
    expect(Number((await page.locator(".listing__count").textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(
      0,
    )
  })

  it("adds a product, switches to Arabic, and adds a product of another family", async () => {
    await visit("/en/products?sort=price_asc")
    await page.locator(".usra-product-card__link").first().click()
    await page.waitForURL(/\/en\/products\/[a-z0-9-]+$/)
    await page.waitForLoadState("networkidle")
    productHandles.push(new URL(page.url()).pathname.split("/").pop() as string)
    const familyHref = await page.locator(".maker-card a").getAttribute("href")
    familyHandles.push(familyHref?.split("/").pop() as string)
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain(
      '"@type":"Product"',
    )
    await check("product-en")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await expect.poll(() => page.locator(".usra-alert--success").count()).toBe(1)
    await expect.poll(() => page.getByTestId("cart-link").textContent()).toContain("1")

    await page.locator('a[data-language="ar"]').click()
    await page.waitForURL(/\/ar\/products\//)
    await page.waitForLoadState("networkidle")
    expect(await dir()).toEqual(["ar", "rtl"])
    await check("product-ar")

    await visit("/ar/families", "families-ar")
    const other = page.locator(`.usra-family-card__name a:not([href$="/${familyHandles[0]}"])`).first()
    await other.click()
    await page.waitForURL(/\/ar\/families\/[a-z0-9-]+$/)
    await page.waitForLoadState("networkidle")
    familyHandles.push(new URL(page.url()).pathname.split("/").pop() as string)
    await check("family-ar")
    await page.locator(".usra-product-card__link").first().click()
    await page.waitForURL(/\/ar\/products\//)
    await page.waitForLoadState("networkidle")
    productHandles.push(new URL(page.url()).pathname.split("/").pop() as string)
    await page.getByRole("button", { name: "أضف إلى السلة" }).click()
    await expect.poll(() => page.locator(".usra-alert--success").count()).toBe(1)

    await visit("/ar/cart", "cart-ar")
    expect(await page.getByTestId("family-group").count()).toBe(2)
    expect(await page.getByTestId("shipping-line").count()).toBe(1)
  })

  it("creates an account, keeping the cart", async () => {
    await visit("/ar/account", "account-signed-out-ar")
    const register = page.locator('section[aria-labelledby="register-heading"]')
    await register.getByLabel("الاسم الأول").fill("Lena")
    await register.getByLabel("البريد الإلكتروني").fill(email)
    await register.getByLabel("كلمة المرور").fill("a-good-password-2026")
    await Promise.all([
      page.waitForURL(/\/ar\/account$/),
      register.getByRole("button", { name: "إنشاء حساب" }).click(),
    ])
    await expect.poll(() => page.locator("h1").textContent()).toBe("حسابك")
    await expect.poll(() => page.getByTestId("cart-link").textContent()).toContain("2")
  })

  it("checks out with the keyboard only; a declined card says so in Arabic and in English", async () => {
    await visit("/ar/checkout")
    const fields: [string, string][] = [
      ["email", email],
      ["first_name", "Lena"],
      ["last_name", "Fischer"],
      ["address_1", "Torstraße 1"],
      ["city", "Berlin"],
      ["postal_code", "10119"],
    ]
    for (const [name, value] of fields) {
      await tabTo(page, `[name="${name}"]`)
      await page.keyboard.press("ControlOrMeta+A")
      await page.keyboard.type(value)
    }
    await tabTo(page, '[name="country_code"]')
    // Germany moves the cart to the Europe region: prices in EUR.
    await arrowToOption(page, '[name="country_code"]', "de")
    expect(await page.locator('[name="country_code"]').inputValue()).toBe("de")
    await tabTo(page, 'form.checkout-form button[type="submit"]')
    await page.keyboard.press("Enter")
    await page.waitForURL(/step=shipping/)
    await page.waitForLoadState("networkidle")
    await check("checkout-shipping-ar")
    // A tampered or stale option id: a clear message on the same step, never a server error.
    await page.locator('[name="option_id"]').evaluate((input) => {
      ;(input as HTMLInputElement).value = "so_does_not_exist"
    })
    const refused = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes("/checkout"),
    )
    await page.locator('form.checkout-form button[type="submit"]').click()
    expect((await refused).status()).toBe(400)
    await expect
      .poll(() => page.locator('form.checkout-form [role="alert"]').textContent())
      .toContain("خيار الشحن هذا لم يعد متاحًا")
    await page.reload()
    await page.waitForLoadState("networkidle")
    await tabTo(page, 'form.checkout-form button[type="submit"]')
    await page.keyboard.press("Enter")
    await page.waitForURL(/step=payment/)
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.locator('[name="cardnumber"]').isEnabled()).toBe(true)
    expect(await page.locator(".cart-summary").textContent()).toContain("€")

    async function payWith(card: string) {
      await tabTo(page, '[name="cardnumber"]')
      await page.keyboard.press("ControlOrMeta+A")
      await page.keyboard.type(card)
      await page.keyboard.press("Tab")
      await page.keyboard.press("ControlOrMeta+A")
      await page.keyboard.type("12/34")
      await page.keyboard.press("Tab")
      await page.keyboard.press("ControlOrMeta+A")
      await page.keyboard.type("123")
      await page.keyboard.press("Enter")
    }

    await payWith("4000 0000 0000 0002")
    await expect
      .poll(() => page.locator(".pay-error [role=alert]").textContent(), { timeout: 20_000 })
      .toContain("رُفضت بطاقتك")
    await check("checkout-declined-ar")

    await visit("/en/checkout?step=payment")
    await expect.poll(() => page.locator('[name="cardnumber"]').isEnabled()).toBe(true)
    await payWith("4000 0000 0000 0002")
    await expect
      .poll(() => page.locator(".pay-error [role=alert]").textContent(), { timeout: 20_000 })
      .toContain("Your card was declined")
    await check("checkout-declined-en")

    await payWith("4242 4242 4242 4242")
    await page.waitForURL(/\/en\/order\/confirmed$/, { timeout: 30_000 })
    await page.waitForLoadState("networkidle")
    const number = (await page.getByTestId("order-number").textContent())?.match(/\d+/)?.[0]
    expect(number).toBeTruthy()
    expect(await page.locator(".order-view").textContent()).toMatch(/€/)
    await check("confirmation-en")
    await visit("/ar/order/confirmed", "confirmation-ar")

    await visit("/en/account", "account-en")
    await expect.poll(() => page.getByTestId("account-orders").textContent()).toContain(`Order ${number}`)
    await visit("/ar/account", "account-ar")
  })

  it("saves a favourite, follows the order, and reviews an item once it is delivered", async () => {
    await visit(`/en/products/${productHandles[0]}`)
    await page.getByRole("button", { name: "Save to favourites" }).click()
    await expect
      .poll(() => page.locator(".favourite [aria-live]").textContent())
      .toBe("Saved in your favourites")
    await visit("/en/account")
    expect(await page.getByTestId("favourites").locator("a").count()).toBe(1)

    await Promise.all([
      page.waitForURL(/\/en\/account\/orders\/order_/),
      page.getByTestId("account-orders").getByRole("link").first().click(),
    ])
    await expect.poll(() => page.getByTestId("tracking-timeline").textContent()).toContain("Order placed")
    const orderId = new URL(page.url()).pathname.split("/").pop() as string

    // The hub receives both families' items, ships the parcel and records its delivery (the ministry's API).
    const hub = await staffToken("hub")
    const consignments = await pollApi<{ consignments: { id: string }[] }>(
      hub,
      `/admin/consignments?order_id=${orderId}`,
      (body) => body.consignments.length === 2,
    )
    for (const consignment of consignments.consignments)
      await backendPost(hub, `/admin/consignments/${consignment.id}/receive`, {})
    const { shipments } = await pollApi<{ shipments: { id: string }[] }>(
      hub,
      `/admin/shipments?order_id=${orderId}`,
      (body) => body.shipments.length === 1,
    )
    const shipmentId = shipments[0]?.id as string
    await backendPost(hub, `/admin/shipments/${shipmentId}/dispatch`, {
      carrier: "aramex",
      tracking_number: "AX123456JO",
    })
    for (const status of ["in_transit", "delivered"])
      await backendPost(hub, `/admin/shipments/${shipmentId}/events`, {
        status,
        description: status === "delivered" ? "Left at the front door" : "Left Amman",
        occurred_at: new Date().toISOString(),
      })
    await visit(`/en/account/orders/${orderId}`)
    await expect.poll(() => page.getByTestId("tracking-timeline").textContent()).toContain("Delivered")
    expect(await page.locator(".tracking").textContent()).toContain("AX123456JO")
    await check("order-tracking-en")
    await visit(`/ar/account/orders/${orderId}`, "order-tracking-ar")

    await visit("/en/account")
    const awaiting = page.getByTestId("awaiting-reviews").locator("li")
    await expect.poll(() => awaiting.count()).toBe(2)
    const first = awaiting.first()
    await first.getByLabel("5 out of 5").check()
    await first.getByLabel("Your review").fill("Beautiful work, it arrived well packed.")
    await first.getByRole("button", { name: "Send review" }).click()
    await expect.poll(() => page.locator(".usra-alert--success").count()).toBe(1)
    await expect.poll(() => page.getByTestId("awaiting-reviews").locator("li").count()).toBe(1)
    await check("account-reviewed-en")
    // The review and the rating it makes are on its product's page.
    let shown = 0
    for (const handle of productHandles) {
      await visit(`/en/products/${handle}`)
      if (
        (await page.getByTestId("reviews").count()) &&
        (await page.getByTestId("reviews").textContent())?.includes("Beautiful work")
      ) {
        shown++
        expect(await page.locator(".rating-line").textContent()).toContain("5 out of 5")
        expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain(
          "AggregateRating",
        )
        await check("product-reviewed-en")
      }
    }
    expect(shown).toBe(1)
  })

  it("keeps saved addresses: adds, edits, makes one the default and deletes one, with the keyboard", async () => {
    await visit("/en/account/addresses", "addresses-empty-en")
    expect(await page.locator("h1").textContent()).toBe("Your addresses")
    const add = page.locator('section[aria-labelledby="add-address"]')
    // A required field left empty is named, and nothing is saved.
    await add.getByRole("button", { name: "Save address" }).click()
    await expect.poll(() => add.locator(".usra-field__error").count()).toBeGreaterThan(3)
    expect(await page.getByTestId("addresses").count()).toBe(0)

    const fill = async (fields: [string, string][]) => {
      for (const [name, value] of fields) {
        await tabTo(page, `#new-address-${name}`)
        await page.keyboard.press("ControlOrMeta+A")
        await page.keyboard.type(value)
      }
    }
    await fill([
      ["first_name", "Lena"],
      ["last_name", "Fischer"],
      ["address_1", "Torstraße 1"],
      ["city", "Berlin"],
      ["postal_code", "10119"],
    ])
    await tabTo(page, "#new-address-country_code")
    await arrowToOption(page, "#new-address-country_code", "de")
    await tabTo(page, 'section[aria-labelledby="add-address"] button[type="submit"]')
    await Promise.all([page.waitForURL(/done=saved/), page.keyboard.press("Enter")])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.getByTestId("addresses").locator("li").count()).toBe(1)

    // A second one, made the default as it is saved.
    await fill([
      ["first_name", "Lena"],
      ["last_name", "Fischer"],
      ["address_1", "Rainbow Street 12"],
      ["city", "Amman"],
      ["postal_code", "11181"],
    ])
    await tabTo(page, "#new-address-country_code")
    await arrowToOption(page, "#new-address-country_code", "jo")
    await add.getByLabel("Use as my default shipping address").check()
    await Promise.all([
      page.waitForURL(/done=saved/),
      add.getByRole("button", { name: "Save address" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    const items = page.getByTestId("addresses").locator("li")
    await expect.poll(() => items.count()).toBe(2)
    expect(await items.first().textContent()).toContain("Rainbow Street 12")
    expect(await items.first().textContent()).toContain("Default shipping address")
    await check("addresses-en")

    // Edit the Berlin address: its form opens in place, the change is kept.
    await Promise.all([
      page.waitForURL(/edit=/),
      page.getByRole("link", { name: /Edit the address Lena Fischer, Torstraße 1/ }).click(),
    ])
    await page.waitForLoadState("networkidle")
    const street = page.locator('[id^="edit-"][id$="-address_1"]')
    await street.fill("Torstraße 2")
    await Promise.all([
      page.waitForURL(/done=saved/),
      page.getByRole("button", { name: "Save address" }).first().click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.getByTestId("addresses").textContent()).toContain("Torstraße 2")

    // Berlin becomes the default, then Amman is deleted.
    await Promise.all([
      page.waitForURL(/done=default_changed/),
      page.getByRole("button", { name: /Make default: Lena Fischer, Torstraße 2/ }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => items.first().textContent()).toContain("Torstraße 2")
    expect(await items.first().textContent()).toContain("Default shipping address")
    await Promise.all([
      page.waitForURL(/done=deleted/),
      page.getByRole("button", { name: /Delete the address Lena Fischer, Rainbow Street 12/ }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => items.count()).toBe(1)
    expect(await page.locator(".usra-alert--success").textContent()).toBe("The address is deleted.")
    await visit("/ar/account/addresses", "addresses-ar")
    expect(await page.locator("h1").textContent()).toBe("عناوينك")
    await visit("/en/account")
    expect(await page.getByTestId("default-address").textContent()).toContain("Torstraße 2")
  })

  it("pays with a card that needs 3-D Secure: a failed check keeps the cart, a passed one places one order", async () => {
    await visit("/en/account")
    const ordersBefore = await page.getByTestId("account-orders").locator("li").count()
    await visit(`/en/products/${productHandles[0]}`)
    await page.getByRole("button", { name: "Add to cart" }).click()
    await expect.poll(() => page.locator(".usra-alert--success").count()).toBe(1)

    // Checkout offers the saved address, the default chosen; no address to type.
    await visit("/en/checkout?step=details")
    const saved = page.getByRole("radio", { name: /Torstraße 2/ })
    expect(await saved.isChecked()).toBe(true)
    expect(await page.locator('[name="address_1"]').count()).toBe(0)
    await check("checkout-saved-address-en")
    await Promise.all([
      page.waitForURL(/step=shipping/),
      page.getByRole("button", { name: "Continue" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await Promise.all([
      page.waitForURL(/step=payment/),
      page.getByRole("button", { name: "Continue" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.locator('[name="cardnumber"]').isEnabled()).toBe(true)

    async function payAndAuthenticate(button: "Complete authentication" | "Fail authentication") {
      await page.locator('[name="cardnumber"]').fill("4000 0025 0000 3155")
      await page.locator('[name="exp-date"]').fill("12/34")
      await page.locator('[name="cvc"]').fill("123")
      await Promise.all([
        page.waitForURL(/\/_emulator\/3ds\/pi_/, { timeout: 30_000 }),
        page.locator('[name="cvc"]').press("Enter"),
      ])
      await screenshot(page, `3ds-challenge-${button === "Fail authentication" ? "fail" : "pass"}`)
      await page.getByRole("button", { name: button }).click()
    }

    await payAndAuthenticate("Fail authentication")
    await page.waitForURL(/\/en\/checkout\?step=payment&auth=failed$/, { timeout: 30_000 })
    await page.waitForLoadState("networkidle")
    await expect
      .poll(() => page.locator(".pay-error [role=alert]").textContent())
      .toContain("Your bank could not confirm this payment")
    expect(await page.getByTestId("cart-link").textContent()).toContain("1")
    await check("checkout-3ds-failed-en")
    await visit("/ar/checkout?step=payment&auth=failed")
    await expect.poll(() => page.locator(".pay-error [role=alert]").textContent()).toContain("لم يتمكّن مصرفك")
    await check("checkout-3ds-failed-ar")
    await visit("/en/account")
    expect(await page.getByTestId("account-orders").locator("li").count()).toBe(ordersBefore)

    await visit("/en/checkout?step=payment")
    await expect.poll(() => page.locator('[name="cardnumber"]').isEnabled()).toBe(true)
    await payAndAuthenticate("Complete authentication")
    await page.waitForURL(/\/en\/order\/confirmed$/, { timeout: 30_000 })
    await page.waitForLoadState("networkidle")
    expect(await page.getByTestId("order-number").textContent()).toMatch(/\d+/)
    await visit("/en/account")
    await expect.poll(() => page.getByTestId("account-orders").locator("li").count()).toBe(ordersBefore + 1)
    expect(await page.getByTestId("cart-link").textContent()).not.toMatch(/[1-9]/)
  })

  it("buys an earlier order again in one step, at today's prices", async () => {
    // The oldest order is the keyboard checkout's: one product of each of two families.
    await visit("/ar/account")
    await Promise.all([
      page.waitForURL(/\/ar\/account\/orders\/order_/),
      page.getByTestId("account-orders").getByRole("link").last().click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.getByRole("button", { name: "اشترِ مرة أخرى" }).count()).toBe(1)
    await Promise.all([
      page.waitForURL(/\/ar\/cart$/),
      page.getByRole("button", { name: "اشترِ مرة أخرى" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.locator(".cart-page .line").count()).toBe(2)
    expect(await page.getByTestId("family-group").count()).toBe(2)
    expect(await page.getByTestId("cart-link").textContent()).toContain("2")
    await check("cart-bought-again-ar")
  })

  it("every main page passes axe in both languages", async () => {
    const pages = [
      "",
      "/products",
      `/products/${productHandles[0]}`,
      "/families",
      `/families/${familyHandles[0]}`,
      "/cart",
      "/order/lookup",
    ]
    for (const locale of ["en", "ar"]) {
      for (const path of pages) {
        const name = `${path.replace(/^\//, "").replace(/\//g, "-") || "home"}-${locale}`
        await visit(`/${locale}${path}`, `page-${name}`)
      }
    }
  })
})

describe("security headers", () => {
  it("every page has a CSP whose nonce every inline script carries, and no one may frame it", async () => {
    for (const path of ["/en", "/ar/products?q=soap", "/en/cart"]) {
      const response = await fetch(`${shop}${path}`)
      const policy = response.headers.get("content-security-policy") ?? ""
      const nonce = policy.match(/'nonce-([^']+)'/)?.[1]
      expect(nonce, path).toBeTruthy()
      expect(policy).toContain("frame-ancestors 'none'")
      expect(policy).not.toContain("unsafe-inline")
      // The e2e stack pays through the emulator: Stripe's origins stay closed.
      expect(policy).not.toContain("stripe.com")
      expect(response.headers.get("x-content-type-options")).toBe("nosniff")
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      // The stack runs the storefront with NODE_ENV=production.
      expect(response.headers.get("strict-transport-security")).toContain("max-age=")
      const html = await response.text()
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "")
      const executable = scripts.filter((attributes) => !/type="application\/ld\+json"/.test(attributes))
      expect(executable.length, path).toBeGreaterThan(0)
      for (const attributes of executable) expect(attributes, path).toContain(`nonce="${nonce}"`)
    }
    // A new nonce for every response.
    const nonceOf = async () =>
      (await fetch(`${shop}/en`)).headers.get("content-security-policy")?.match(/'nonce-[^']+'/)?.[0]
    expect(await nonceOf()).not.toBe(await nonceOf())
  })

  it("built files and resource routes are nosniff and unframeable too, with one policy each", async () => {
    const page = await (await fetch(`${shop}/en`)).text()
    const asset = page.match(/\/assets\/[\w.-]+\.js/)?.[0]
    expect(asset).toBeTruthy()
    for (const path of [asset, "/robots.txt", "/sitemap.xml"]) {
      const response = await fetch(`${shop}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff")
      expect(response.headers.get("x-frame-options"), path).toBe("DENY")
      // One header, not a page policy appended to the baseline (fetch joins repeated headers with ", ").
      expect(response.headers.get("content-security-policy"), path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
    }
    expect((await fetch(`${shop}/en`)).headers.get("content-security-policy")).not.toContain(", ")
  })
})

describe("search engines", () => {
  it("get robots.txt and a bilingual sitemap", async () => {
    const robots = await (await fetch(`${shop}/robots.txt`)).text()
    expect(robots).toContain("Sitemap:")
    const sitemap = await (await fetch(`${shop}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/ar/products/${productHandles[0]}`)
    expect(sitemap).toContain('hreflang="en"')
  })
})
