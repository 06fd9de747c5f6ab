import type { BrowserContext, Page } from "playwright-core"
import { screenshotsInto } from "../../infra/e2e/browser"

export { launch, seriousViolations, type Violation } from "../../infra/e2e/browser"

export const screenshot = screenshotsInto("admin")

/**
 * Records every Content-Security-Policy violation in the context's pages: Chromium's own console report
 * ("Refused to ...") and the page's securitypolicyviolation events, which a listener installed before any page
 * script reports on the console too. The e2e fails when the list is not empty.
 */
export async function watchCsp(context: BrowserContext, violations: string[]) {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  const watch = (page: Page) =>
    page.on("console", (message) => {
      const text = message.text()
      if (/Content Security Policy|CSP violation/i.test(text)) violations.push(`${page.url()}: ${text}`)
    })
  for (const page of context.pages()) watch(page)
  context.on("page", watch)
}

export const STAFF_PASSWORD = "usra-demo-2026"
export const ADMIN = { email: "admin@usra.jo", password: "usra-admin-2026" }

/** Signs in through the login form, in the given language, and waits for the console's frame. */
export async function signIn(
  page: Page,
  consoleUrl: string,
  email: string,
  password: string,
  locale: "ar" | "en",
) {
  await page.goto(`${consoleUrl}/login`)
  await page.evaluate((value) => localStorage.setItem("usra.admin.locale", value), locale)
  await page.goto(`${consoleUrl}/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('form button[type="submit"]')
  await page.waitForSelector(".shell-nav")
}
