import { createUsraClient } from "@usra/api-client"
import type { Browser, Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest"
import { launch, screenshot, seriousViolations, watchCsp } from "./browser"

const shop = inject("storefrontUrl")
const backend = inject("backendUrl")
const stamp = Date.now().toString(36)
const family = {
  email: `family-${stamp}@families.test`,
  password: "a-good-password-2026",
  name_ar: `مطبخ أم سالم ${stamp}`,
  name_en: `Umm Salem's Kitchen ${stamp}`,
}
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
)

let browser: Browser
let page: Page
let cspViolations: string[] = []
let productPath = ""
let shopHandle = ""

/** Goes to a portal page, waits for hydration, and checks it: no horizontal scrolling on the phone, and axe. */
async function visit(path: string, name?: string) {
  const response = await page.goto(`${shop}${path}`, { waitUntil: "networkidle" })
  expect(response?.status(), path).toBeLessThan(400)
  if (name) await check(name)
}

async function check(name: string) {
  const [scrollWidth, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  expect(scrollWidth, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width)
  await screenshot(page, `portal-${name}`)
  const violations = await seriousViolations(page)
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([])
}

/** Submits the form around the button named `name` and waits for the page it leads to. */
async function press(name: string | RegExp, url?: RegExp) {
  await Promise.all([
    url ? page.waitForURL(url) : page.waitForLoadState("networkidle"),
    page.getByRole("button", { name }).first().click(),
  ])
  await page.waitForLoadState("networkidle")
}

let ministryToken: Promise<string> | undefined

/** A reviewer of the ministry, through its API (the console is another app); one login for the whole run. */
function reviewerToken(): Promise<string> {
  ministryToken ??= fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "reviewer@usra.jo", password: "usra-demo-2026" }),
  })
    .then((response) => response.json() as Promise<{ token: string }>)
    .then((answer) => answer.token)
  return ministryToken
}

async function asMinistry(path: string, body?: Record<string, unknown>) {
  const response = await fetch(`${backend}${path}`, {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${await reviewerToken()}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  const answer = (await response.json()) as Record<string, unknown>
  expect(response.status, `${path}: ${JSON.stringify(answer)}`).toBe(200)
  return answer
}

beforeAll(async () => {
  browser = await launch()
  // A cheap phone: 360 CSS px wide, touch.
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
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

describe("a productive family on a phone", () => {
  it("registers in Arabic", async () => {
    await visit("/sell")
    expect(new URL(page.url()).pathname).toBe("/ar/sell/login")
    await check("login-ar")
    await Promise.all([
      page.waitForURL(/\/ar\/sell\/register$/),
      page.getByRole("link", { name: "سجّلي أسرتك" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await check("register-ar")

    // Nothing filled in: each field says what it needs, in Arabic.
    await press("أنشئي حسابي")
    await expect.poll(() => page.locator(".usra-field__error").count()).toBe(4)
    await page.getByLabel("اسم الأسرة بالعربية").fill(family.name_ar)
    await page.getByLabel("اسم الأسرة بالإنجليزية").fill(family.name_en)
    await page.getByLabel("اسمك").fill("أم سالم")
    await page.getByLabel("البريد الإلكتروني").fill(family.email)
    await page.getByLabel("اختاري كلمة مرور").fill(family.password)
    await press("أنشئي حسابي", /\/ar\/sell\/application/)
    await expect.poll(() => page.locator("h1").textContent()).toBe("طلب الانتساب")
  })

  it("fills in the application step by step, saved as it goes, and sends it", async () => {
    await check("application-names-ar")
    expect(await page.getByLabel("اسم الأسرة بالعربية").inputValue()).toBe(family.name_ar)
    await page.getByLabel("قصتكم بالعربية").fill("نصنع الزعتر والمفتول في بيتنا في إربد منذ ثلاثين عاماً.")
    await page
      .getByLabel("قصتكم بالإنجليزية")
      .fill("We have made za'atar and maftoul at home in Irbid for thirty years.")
    await press("احفظي وتابعي", /step=place/)
    await expect.poll(() => page.locator(".usra-alert--success").textContent()).toContain("تم الحفظ")

    await check("application-place-ar")
    await page.getByLabel("المحافظة").selectOption("irbid")
    await page.getByLabel("مركز التنمية المجتمعية").fill("مركز تنمية المجتمع المحلي في إربد")
    await press("احفظي وتابعي", /step=household/)

    // Leaving and coming back keeps what was saved.
    await visit("/ar/sell/application?step=names")
    expect(await page.getByLabel("قصتكم بالعربية").inputValue()).toContain("ثلاثين")
    await visit("/ar/sell/application?step=household")
    await check("application-household-ar")
    await page.getByLabel("الرقم الوطني (10 أرقام)").fill("9861234567")
    await page.getByLabel("امرأة").check()
    await page.getByLabel("عمر الصانع").selectOption("age_35_44")
    await page.getByRole("group", { name: "هل في بيتكم شخص من ذوي الإعاقة؟" }).getByLabel("لا").check()
    await page.getByLabel("كم شخصاً يعيش في بيتكم؟").fill("6")
    await press("احفظي وتابعي", /step=documents/)

    await check("application-documents-ar")
    await page.getByTestId("document-registration_certificate").setInputFiles({
      name: "certificate.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    })
    await page.locator("form.portal-upload").nth(0).getByRole("button", { name: "رفع" }).click()
    await expect
      .poll(() => page.locator("form.portal-upload").nth(0).textContent())
      .toContain("certificate.pdf")
    const idPhoto = await page.locator(".portal-logo").screenshot()
    await page
      .getByTestId("document-national_id")
      .setInputFiles({ name: "id.png", mimeType: "image/png", buffer: idPhoto })
    await page.locator("form.portal-upload").nth(1).getByRole("button", { name: "رفع" }).click()
    await expect.poll(() => page.locator("form.portal-upload").nth(1).textContent()).toContain("id.png")

    await Promise.all([
      page.waitForURL(/step=send/),
      page.getByRole("link", { name: "احفظي وتابعي" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await check("application-send-ar")
    // The agreement is the one thing left; sending without it asks for it.
    await press("أرسلي طلبي")
    await expect.poll(() => page.locator("#consent-error").count()).toBe(1)
    await page.getByLabel("أوافق على أن تحتفظ الوزارة").check()
    await press("أرسلي طلبي", /sent=1/)
    await expect.poll(() => page.locator(".portal-badge").first().textContent()).toBe("أُرسل إلى الوزارة")
  })

  it("reads the ministry's reasons, changes its application, and is approved", async () => {
    const found = await asMinistry(`/admin/families?status=submitted&q=${encodeURIComponent(family.name_en)}`)
    const id = (found.families as { id: string; name_en: string }[]).find(
      (f) => f.name_en === family.name_en,
    )?.id
    expect(id).toBeTruthy()
    await asMinistry(`/admin/families/${id}/start-review`, {})
    const reason = "Please say in your story who in the family makes the za'atar."
    await asMinistry(`/admin/families/${id}/request-changes`, { reason })
    await visit("/ar/sell", "home-changes-requested-ar")
    await expect.poll(() => page.locator(".portal-badge").first().textContent()).toBe("الوزارة تطلب تعديلات")
    expect(await page.locator(".portal-notes blockquote").first().textContent()).toBe(reason)
    await Promise.all([
      page.waitForURL(/\/ar\/sell\/application/),
      page.getByRole("link", { name: "أكملي طلبك" }).click(),
    ])
    await visit("/ar/sell/application?step=names")
    await page
      .getByLabel("قصتكم بالعربية")
      .fill("أم سالم وبناتها يقطفن الزعتر ويجففنه ويطحنّه في بيتهن في إربد.")
    await press("احفظي وتابعي", /step=place/)
    await visit("/ar/sell/application?step=send")
    await press("أرسلي طلبي", /sent=1/)
    await asMinistry(`/admin/families/${id}/start-review`, {})
    await asMinistry(`/admin/families/${id}/approve`, {})
    await visit("/ar/sell", "home-ar")
    await expect
      .poll(() => page.locator(".portal-badge").first().textContent())
      .toBe("تمت الموافقة: يمكنك البيع")
  })

  it("lists a product with a photo from the camera and a live price preview", async () => {
    await visit("/ar/sell/products", "products-empty-ar")
    await Promise.all([
      page.waitForURL(/\/ar\/sell\/products\/new$/),
      page.getByRole("link", { name: "أضيفي منتجاً" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await check("product-new-ar")
    const camera = page.getByTestId("photo-camera")
    expect(await camera.getAttribute("accept")).toBe("image/*")
    expect(await camera.getAttribute("capture")).not.toBeNull()
    // A real photo: the browser renders one, on a blank page of its own (the shop's CSP refuses inline styles).
    const studio = await page.context().newPage()
    await studio.setContent(
      '<div id="photo" style="width:400px;height:400px;background:linear-gradient(135deg,#7b8f3a,#e8d9a8)"></div>',
    )
    const photo = await studio.locator("#photo").screenshot()
    await studio.close()
    await visit("/ar/sell/products/new")
    await page
      .getByTestId("photo-camera")
      .setInputFiles({ name: "zaatar.png", mimeType: "image/png", buffer: photo })

    await page.getByLabel("الاسم بالعربية").fill(`زعتر بلدي ${stamp}`)
    await page.getByLabel("الاسم بالإنجليزية").fill(`Home za'atar ${stamp}`)
    await page.getByLabel("الفئة").selectOption("pantry-food")
    await page.getByLabel("السعر بالدينار الأردني").fill("٧٫٥")
    await expect.poll(() => page.getByTestId("price-preview").textContent()).toMatch(/US\$|\$/)
    const preview = await page.getByTestId("price-preview").textContent()
    expect(preview).toContain("€")
    await page.getByLabel("كم قطعة جاهزة للبيع؟").fill("20")
    await page.getByLabel("الوصف بالعربية").fill("زعتر من تلال إربد، مجفف في الظل ومطحون مع السماق والسمسم.")
    await page
      .getByLabel("الوصف بالإنجليزية")
      .fill("Za'atar from the hills of Irbid, dried in the shade and ground with sumac.")
    await page.getByLabel("مصنوع من (بالعربية)").fill("زعتر، سماق، سمسم")
    await page.getByLabel("مصنوع من (بالإنجليزية)").fill("Thyme, sumac, sesame")
    await page.getByLabel("الوزن بالغرام، مع التغليف").fill("300")
    await page.getByLabel("الأيام التي تحتاجينها لصنعه وتسليمه إلى المركز").fill("3")
    await press("احفظي", /\/ar\/sell\/products\/prod_[A-Z0-9]+\?done=saved/)
    productPath = new URL(page.url()).pathname
    await expect.poll(() => page.locator(".usra-alert--success").textContent()).toContain("تم الحفظ")
    expect(await page.locator(".portal-photos__list img").count()).toBe(1)
    expect(await page.getByLabel("السعر بالدينار الأردني").inputValue()).toBe("7.500")
    await check("product-saved-ar")

    await press("أرسليه إلى الوزارة للمراجعة", /done=sent/)
    await expect.poll(() => page.locator(".portal-badge").first().textContent()).toBe("بانتظار الوزارة")
  })

  it("is in the shop once the ministry approves the listing", async () => {
    const productId = productPath.split("/").pop() as string
    await asMinistry(`/admin/listings/${productId}/approve`, {})
    await visit(productPath)
    await expect.poll(() => page.locator(".portal-badge").first().textContent()).toBe("في المتجر")
    await Promise.all([
      page.waitForURL(/\/ar\/products\/home-za/),
      page.getByRole("link", { name: "شاهديه في المتجر" }).click(),
    ])
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.locator("h1").textContent()).toBe(`زعتر بلدي ${stamp}`)
    expect(await page.locator(".maker-card h2").textContent()).toBe(family.name_ar)
    await expect.poll(() => page.getByRole("button", { name: "أضف إلى السلة" }).count()).toBe(1)
    shopHandle = new URL(page.url()).pathname.split("/").pop() as string
    await visit(`/en/products/${shopHandle}`)
    expect(await page.locator("h1").textContent()).toBe(`Home za'atar ${stamp}`)
    expect(await page.locator(".product-info__price").textContent()).toMatch(/\d/)
  })

  it("sees an order to bring to its centre, with the code, hub and deadline, marks it packed, and its sales", async () => {
    // A buyer orders two through the store API (the shop's own checkout is the buyer test's).
    const store = createUsraClient({ baseUrl: backend, publishableKey: inject("publishableKey") })
    const europe = (await store.regions.list()).find((region) => region.currency_code === "eur")
    expect(europe).toBeTruthy()
    const product = await store.products.byHandle(shopHandle, europe?.id)
    const cart = await store.carts.create({
      region_id: europe?.id as string,
      email: `buyer-${stamp}@example.com`,
    })
    await store.carts.addItem(cart.id, product?.variants?.[0]?.id as string, 2)
    const address = {
      first_name: "Lena",
      last_name: "Fischer",
      address_1: "Torstraße 1",
      city: "Berlin",
      postal_code: "10119",
      country_code: "de",
    }
    await store.carts.update(cart.id, { shipping_address: address, billing_address: address })
    await store.carts.setShippingMethod(cart.id, (await store.carts.shippingEstimate(cart.id)).option_id)
    const collection = await store.payments.createCollection(cart.id)
    await store.payments.createCardSession(collection.id, "pm_card_visa")
    expect((await store.carts.complete(cart.id)).type).toBe("order")

    // The consignment is opened by the fulfilment queue once the payment is captured.
    await expect
      .poll(
        async () => {
          await visit("/ar/sell/deliveries")
          return page.getByTestId("delivery").count()
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(1)
    const delivery = page.getByTestId("delivery")
    expect(await delivery.locator(".portal-code").textContent()).toMatch(/^[2-9A-Z]{4} [2-9A-Z]{4}$/)
    expect(await delivery.textContent()).toContain("مركز تنمية المجتمع المحلي في إربد")
    expect(await delivery.textContent()).toContain(`2 × Home za'atar ${stamp}`)
    await check("deliveries-ar")
    await press("جهّزت القطع", /done=ready/)
    await expect.poll(() => delivery.locator(".portal-badge").textContent()).toBe("جاهزة، للتسليم")

    await visit("/en/sell/sales", "sales-with-order-en")
    expect(
      await page.locator("#sales-all + .portal-figures, .portal-figures").first().textContent(),
    ).toContain("2")
    await visit("/en/sell/money", "money-with-order-en")
    await expect.poll(() => page.locator("#upcoming-heading ~ .portal-lines li").count()).toBe(1)
  })

  it("sets where it is paid, with the IBAN's rule in its own language", async () => {
    await visit("/ar/sell/payout-account", "payout-account-ar")
    await page.getByLabel("اسم صاحب الحساب").fill("سلمى أحمد")
    await page.getByLabel("رقم الآيبان").fill("JO94 CBJO 0010 0000 0000 0131 0003 03")
    await press("احفظي")
    await expect
      .poll(() => page.locator(".usra-field__error").first().textContent())
      .toContain("خانات التحقق")
    await page.getByLabel("رقم الآيبان").fill("JO94 CBJO 0010 0000 0000 0131 0003 02")
    await press("احفظي", /saved=1/)
    await expect.poll(() => page.locator(".portal-facts").textContent()).toContain("0302")
    expect(await page.locator(".portal-facts").textContent()).not.toContain("CBJO")
  })

  it("shows every portal page in Arabic and English, passing axe, on a phone", async () => {
    const pages = [
      ["", "home"],
      ["/application?step=names", "application"],
      ["/products", "products"],
      [productPath.replace(/^\/ar\/sell/, ""), "product"],
      ["/deliveries", "deliveries"],
      ["/money", "money"],
      ["/payout-account", "payout-account"],
      ["/sales", "sales"],
      ["/reviews", "reviews"],
    ] as const
    for (const locale of ["en", "ar"]) {
      for (const [path, name] of pages) await visit(`/${locale}/sell${path}`, `${name}-${locale}`)
    }
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      "ar",
      "rtl",
    ])
  })

  it("works at 200% zoom (a 1280 px screen shows 640 CSS px)", async () => {
    await page.setViewportSize({ width: 640, height: 400 })
    for (const path of ["/ar/sell", productPath, "/en/sell/money"])
      await visit(path, `zoom-${path.split("/").slice(1, 4).join("-")}`)
  })
})
