import { mkdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
export const ARTIFACTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test-artifacts/admin",
)

/** Debian's Chromium (apt-get install chromium), never a browser downloaded by a test tool. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

export type Violation = { id: string; impact: string | null; help: string; nodes: string[] }

/** axe-core, injected from the npm package (no CDN): the serious and critical WCAG 2.1 A/AA violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an inline
  // <script> tag would be refused by it, as it should be).
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
          }>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    })
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
      }))
  })
}

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
