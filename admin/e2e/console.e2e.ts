import pg from "pg"
import type { Browser, Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest"
import { ADMIN, launch, STAFF_PASSWORD, screenshot, seriousViolations, signIn, watchCsp } from "./browser"

const consoleUrl = inject("consoleUrl")
const backendUrl = inject("backendUrl")
const fixtures = inject("fixtures")

let browser: Browser
const timings: Record<string, number> = {}
// Every Content-Security-Policy violation any page reports: a test that leaves one here fails.
const cspViolations: string[] = []

beforeAll(async () => {
  browser = await launch()
})
afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([])
})
afterAll(async () => {
  await browser?.close()
  console.log(`[e2e] timings (ms): ${JSON.stringify(timings)}`)
})

async function asUser(email: string, password: string, locale: "ar" | "en") {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: locale === "ar" ? "ar-JO" : "en-GB",
  })
  await watchCsp(context, cspViolations)
  const page = await context.newPage()
  await signIn(page, consoleUrl, email, password, locale)
  return { context, page }
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await work()
  } finally {
    timings[label] = Date.now() - started
  }
}

/** GET from the page itself, with its session cookie: what the browser's user may read. */
function fetchInPage(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { credentials: "include" })
    const type = response.headers.get("content-type") ?? ""
    return { status: response.status, type, text: type.includes("pdf") ? "" : await response.text() }
  }, url)
}

async function waitingApplication(status: string): Promise<{ id: string; name_en: string }> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select id, name_en from family where status = $1 and deleted_at is null order by submitted_at asc limit 1",
      [status],
    )
    return rows[0]
  } finally {
    await client.end()
  }
}

describe("a reviewer", () => {
  it("approves an application with a saved reason and requests changes on another with the keyboard", async () => {
    await timed("reviewer", async () => {
      const { context, page } = await asUser("reviewer@usra.jo", STAFF_PASSWORD, "en")
      const first = await waitingApplication("under_review")
      await page.click('nav a[data-screen="applications"]')
      await page.getByRole("link", { name: first.name_en }).click()
      await page.getByRole("heading", { level: 1, name: first.name_en }).waitFor()
      await page.click('button[data-decision="approve"]')
      const dialog = page.locator("dialog[open]")
      await dialog.locator('select[name="template"]').selectOption({ index: 1 })
      await expect
        .poll(() => dialog.locator('textarea[name="reason"]').inputValue())
        .toContain("Welcome to Usra")
      await screenshot(page, "reviewer-approve-dialog-en")
      await dialog.getByRole("button", { name: "Approve" }).click()
      await page.getByText("Decision saved: Approved.").waitFor()
      await expect.poll(() => page.locator(".timeline").textContent()).toContain("Under review → Approved")

      // The other one, in Arabic, by keyboard: C opens "request changes", a saved reason, Enter.
      const second = await waitingApplication("submitted")
      await page.goto(`${consoleUrl}/applications/${second.id}`)
      await page.getByRole("button", { name: "العربية" }).first().click()
      await page.locator('button[data-decision="request-changes"]').waitFor()
      await page.locator("h1").click()
      await page.keyboard.press("c")
      const ask = page.locator("dialog[open]")
      await ask.locator('select[name="template"]').selectOption({ index: 1 })
      await ask.locator('button[type="submit"]').click()
      await page.getByText("تم حفظ القرار: مطلوب تعديلات.").waitFor()
      await screenshot(page, "reviewer-changes-requested-ar")
      await context.close()
    })
  })
})

describe("a reviewer moderating reviews", () => {
  const storeReviews = async () => {
    const response = await fetch(`${backendUrl}/store/products/${fixtures.review.productId}/reviews`, {
      headers: { "x-publishable-api-key": fixtures.publishableKey },
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { reviews: { id: string }[] }).reviews.map((review) => review.id)
  }

  it("hides a buyer's review with a reason, and the shop no longer shows it", async () => {
    expect(await storeReviews()).toContain(fixtures.review.id)
    await timed("reviews", async () => {
      const { context, page } = await asUser("reviewer@usra.jo", STAFF_PASSWORD, "en")
      await page.click('nav a[data-screen="reviews"]')
      await page.getByRole("heading", { level: 1, name: "Reviews" }).waitFor()
      await page.locator('select[name="rating"]').selectOption("1")
      const card = page.locator(`article[data-review="${fixtures.review.id}"]`)
      await card.getByText(fixtures.review.text).waitFor()
      expect(await card.locator("blockquote").getAttribute("lang")).toBe("en")
      await card.getByRole("button", { name: "Hide" }).click()
      const dialog = page.locator("dialog[open]")
      await dialog.locator('select[name="template"]').selectOption({ index: 2 })
      await expect
        .poll(() => dialog.locator('textarea[name="reason"]').inputValue())
        .toContain("names a person")
      await screenshot(page, "reviewer-hide-review-en")
      await dialog.getByRole("button", { name: "Hide" }).click()
      await page.getByText("Review hidden.").waitFor()
      await card.getByText(/Hidden on .*: The review names a person/).waitFor()
      await context.close()
    })
    expect(await storeReviews()).not.toContain(fixtures.review.id)
  })

  it("shows the hidden review again, with a reason, and the shop shows it again", async () => {
    await timed("reviews", async () => {
      const { context, page } = await asUser("reviewer@usra.jo", STAFF_PASSWORD, "ar")
      await page.click('nav a[data-screen="reviews"]')
      await page.locator('select[name="visibility"]').selectOption("hidden")
      const card = page.locator(`article[data-review="${fixtures.review.id}"]`)
      await card.getByText(fixtures.review.text).waitFor()
      await card.getByRole("button", { name: "إظهار من جديد" }).click()
      const dialog = page.locator("dialog[open]")
      await dialog.locator('select[name="template"]').selectOption({ index: 1 })
      await expect
        .poll(() => dialog.locator('textarea[name="reason"]').inputValue())
        .toContain("عن طريق الخطأ")
      await screenshot(page, "reviewer-show-review-ar")
      await dialog.getByRole("button", { name: "إظهار من جديد" }).click()
      await page.getByText("أُظهر التقييم من جديد.").waitFor()
      await context.close()
    })
    expect(await storeReviews()).toContain(fixtures.review.id)
  })
})

describe("hub staff", () => {
  it("receive a consignment by its code, item by item", async () => {
    await timed("hub", async () => {
      const { context, page } = await asUser("hub@usra.jo", STAFF_PASSWORD, "en")
      await page.click('nav a[data-screen="hub"]')
      const typed = `${fixtures.consignmentCode.slice(0, 4).toLowerCase()}-${fixtures.consignmentCode.slice(4)}`
      await page.fill('input[name="code"]', typed)
      await page.keyboard.press("Enter")
      await page.locator("#consignment-title").waitFor()
      const boxes = page.locator('input[name="item"]')
      for (let index = 0; index < (await boxes.count()); index++) await boxes.nth(index).check()
      const slip = await fetchInPage(
        page,
        `${backendUrl}/admin/consignments/${fixtures.consignmentId}/packing-slip.pdf`,
      )
      expect(slip).toMatchObject({ status: 200, type: "application/pdf" })
      await screenshot(page, "hub-check-en")
      await page.getByRole("button", { name: "Receive", exact: true }).click()
      await page.getByText(/Consignment .* received\./).waitFor()
      await screenshot(page, "hub-received-en")
      await context.close()
    })
  })

  it("cannot open payouts: the page and the API both refuse", async () => {
    const { context, page } = await asUser("hub@usra.jo", STAFF_PASSWORD, "en")
    expect(await page.locator('nav a[data-screen="payouts"]').count()).toBe(0)
    await page.goto(`${consoleUrl}/payouts`)
    await page.getByRole("heading", { name: "Your role cannot open this page." }).waitFor()
    const api = await fetchInPage(page, `${backendUrl}/admin/payout-batches`)
    expect(api.status).toBe(403)
    await screenshot(page, "hub-no-payouts-en")
    await context.close()
  })
})

describe("finance", () => {
  it("approves a batch as the second user, downloads the file and marks it paid", async () => {
    await timed("finance", async () => {
      const { context, page } = await asUser("finance@usra.jo", STAFF_PASSWORD, "en")
      await page.click('nav a[data-screen="payouts"]')
      await page.locator(`button[data-batch="${fixtures.batchId}"]`).click()
      await page.getByRole("button", { name: "Approve", exact: true }).click()
      await page.getByText("Batch approved.").waitFor()
      const file = await fetchInPage(page, `${backendUrl}/admin/payout-batches/${fixtures.batchId}/file`)
      expect(file.status).toBe(200)
      expect(file.type).toContain("text/csv")
      expect(file.text).toMatch(/^beneficiary_type,/)
      expect(file.text).toContain("JO")
      await page.getByRole("button", { name: "Mark paid" }).click()
      await page.fill('input[name="bank_reference"]', "CBJ-2026-000123")
      await page.locator("dialog[open]").getByRole("button", { name: "Mark paid" }).click()
      await page.getByText("Batch marked paid.").waitFor()
      await expect.poll(() => page.locator("#batch-title").textContent()).toContain("Paid")
      await screenshot(page, "finance-batch-paid-en")
      await context.close()
    })
  })
})

describe("the impact dashboard", () => {
  it("shows the seed's families as the database counts them", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") })
    await client.connect()
    const { rows } = await client.query(
      `select sp.maker_gender as key, count(*)::int as n from family f
         join family_sensitive_profile sp on sp.family_id = f.id
        where f.status = 'approved' and f.deleted_at is null group by 1`,
    )
    await client.end()
    const { context, page } = await asUser(ADMIN.email, ADMIN.password, "en")
    await page.goto(`${consoleUrl}/impact`)
    await page.locator("select").first().selectOption("gender")
    for (const row of rows as { key: string; n: number }[]) {
      await expect
        .poll(() => page.locator(`tr[data-key="${row.key}"] td`).first().textContent())
        .toBe(String(row.n))
    }
    await screenshot(page, "impact-gender-en")
    await context.close()
  })
})

const SCREENS = [
  "/",
  "/applications",
  "/families",
  "/listings",
  "/reviews",
  "/hub",
  "/orders",
  "/payouts",
  "/payouts?tab=balances",
  "/payouts?tab=rates",
  "/payouts?tab=commission",
  "/payouts?tab=shipping",
  "/impact",
  "/jobs",
  "/audit",
]

describe("accessibility", () => {
  it("has no serious or critical axe violations on any screen, in Arabic and in English", async () => {
    await timed("axe", async () => {
      const found: Record<string, unknown> = {}
      for (const locale of ["en", "ar"] as const) {
        const { context, page } = await asUser(ADMIN.email, ADMIN.password, locale)
        const family = await waitingApplication("approved")
        const orders = await fetchInPage(page, `${backendUrl}/admin/orders?limit=1&fields=id`)
        const orderId = (JSON.parse(orders.text) as { orders: { id: string }[] }).orders[0]?.id
        const screens: [string, string][] = [
          ...SCREENS.map((path): [string, string] => [
            path,
            path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "today",
          ]),
          [`/applications/${family.id}`, "application-detail"],
          [`/families/${family.id}`, "family-detail"],
          [`/orders/${orderId}`, "order-detail"],
        ]
        for (const [path, name] of screens) {
          // In-app navigation, as staff move around (the session and the loaded code stay).
          await page.evaluate((target) => {
            window.history.pushState({}, "", target)
            window.dispatchEvent(new PopStateEvent("popstate"))
          }, path)
          await page.locator("main h1").first().waitFor()
          await expect.poll(() => page.locator(".usra-loading").count()).toBe(0)
          const violations = await seriousViolations(page)
          if (violations.length) found[`${locale} ${path}`] = violations
          await screenshot(page, `${locale}-${name}`)
        }
        await page.goto(`${consoleUrl}/login`)
        await context.close()
      }
      const loginContext = await browser.newContext()
      await watchCsp(loginContext, cspViolations)
      const loginPage = await loginContext.newPage()
      for (const locale of ["en", "ar"] as const) {
        await loginPage.goto(`${consoleUrl}/login`)
        await loginPage.evaluate((value) => localStorage.setItem("usra.admin.locale", value), locale)
        await loginPage.goto(`${consoleUrl}/login`)
        await loginPage.locator("h1").waitFor()
        const violations = await seriousViolations(loginPage)
        if (violations.length) found[`${locale} /login`] = violations
        await screenshot(loginPage, `${locale}-login`)
      }
      expect(found).toEqual({})
    })
  })
})

describe("the Content-Security-Policy", () => {
  it("comes with every answer of the console's server and the browser enforces it", async () => {
    for (const path of ["/", "/reviews", "/does-not-exist"]) {
      const response = await fetch(`${consoleUrl}${path}`)
      const policy = response.headers.get("content-security-policy") ?? ""
      expect(policy, path).toContain("script-src 'self'")
      expect(policy, path).toContain("frame-ancestors 'none'")
      expect(policy, path).toContain(`connect-src 'self' ${new URL(backendUrl).origin}`)
      expect(policy, path).not.toContain("unsafe-inline")
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff")
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin")
    }
    // The watcher sees a violation: an inline script the page tries to add is refused and reported.
    const { context, page } = await asUser(ADMIN.email, ADMIN.password, "en")
    const ran = await page.evaluate(() => {
      const script = document.createElement("script")
      script.textContent = "document.body.dataset.inline = 'ran'"
      document.head.append(script)
      return document.body.dataset.inline ?? null
    })
    expect(ran).toBeNull()
    await expect
      .poll(() => cspViolations.some((line) => line.includes("CSP violation: script-src")))
      .toBe(true)
    // Closed first, so every report of this refusal is in the list before it is emptied.
    await context.close()
    expect(cspViolations.splice(0).join("\n")).toMatch(/script-src/)
  })
})
