import { beforeAll, describe, expect, inject, it } from "vitest"
import { bearer, staffToken } from "../../support/actors"
import { api, asAdmin } from "../../support/context"
import { changes, familyRowsFingerprint, queuesIdle, writesOf } from "../../support/fingerprint"
import { IMAGES } from "../../support/listings"
import { describeRoute, fillPath, paramsOf, type RouteInfo, routeInventory } from "../../support/routes"
import { validObject } from "../../support/schema-values"
import { idsByKind, paramKind, type SecurityFixture, securityFixture } from "../../support/security-fixtures"

/**
 * The ownership guard (issue 9, item 1). Every /admin and /seller route comes from the application itself
 * (support/routes.ts loads them with Medusa's own route and middleware loaders), so a route added tomorrow is in
 * here tomorrow:
 * - an /admin route needs a role rule (`requireRole(...)` or `anyAdminUser()` in its middleware config); every
 *   ministry role outside the rule gets 403, a caller without an admin login (none, a family's, a buyer's) 401,
 *   on real ids, and nothing is written;
 * - a /seller route needs a seller login; family B, on family A's real ids, gets 403/404, sees nothing of A's,
 *   and changes nothing of A's.
 */

/**
 * Routes allowed to fail a rule here, each with the reason. Empty: every route passes. A route may be listed only
 * while its owner fixes it; the entry names the rule it breaks.
 */
const KNOWN_GAPS: {
  route: string
  rule: "role rule" | "role refusal" | "seller ownership"
  reason: string
}[] = []

/** An answer of 404 is accepted from these /admin routes for a role outside their rule (none so far). */
const DOCUMENTED_404: string[] = []

type Role = "reviewer" | "finance" | "hub"
const ROLES: Role[] = ["reviewer", "finance", "hub"]

const gap = (route: RouteInfo, rule: (typeof KNOWN_GAPS)[number]["rule"]) =>
  KNOWN_GAPS.some((known) => known.route === describeRoute(route) && known.rule === rule)

const STACK = /\bat .+\(.+:\d+:\d+\)|node_modules\/|\/src\/.+\.ts/

const parse = (text: string): Record<string, unknown> => {
  try {
    const value = JSON.parse(text)
    return value && typeof value === "object" ? value : {}
  } catch {
    return {}
  }
}

/** The request a route would accept from its owner: real ids in the path, a body its validator accepts. */
function requestFor(route: RouteInfo, ids: Record<string, string>) {
  const values = Object.fromEntries(
    paramsOf(route.path).map(({ name, segment }) => [
      name,
      ids[paramKind(route.area, segment, name) ?? ""] ?? "",
    ]),
  )
  const path = fillPath(route.path, values)
  if (route.method === "GET" || route.method === "DELETE") return { path }
  if (route.body_parser === false) return { path, multipart: true }
  const schema = typeof route.body_schema === "object" && route.body_schema ? route.body_schema : undefined
  return { path, body: schema ? (validObject(schema).value as Record<string, unknown>) : {} }
}

type Answer = { status: number; text: string }

/** Both uploads the portal sends: product photos (part `images`) and documents (part `file` with a `kind`). */
const UPLOADS = [
  () => {
    const form = new FormData()
    form.append("images", new Blob([IMAGES.png], { type: "image/png" }), "photo.png")
    return form
  },
  () => {
    const form = new FormData()
    form.set("kind", "national_id")
    form.set("file", new Blob([IMAGES.png], { type: "image/png" }), "id.png")
    return form
  },
]

/** Sends the request; an upload route gets both kinds of upload, and the answers come back in order. */
async function send(
  route: RouteInfo,
  request: ReturnType<typeof requestFor>,
  headers: Record<string, string>,
  extraBody: Record<string, unknown> = {},
): Promise<Answer[]> {
  if ("multipart" in request) {
    return Promise.all(
      UPLOADS.map(async (form) => {
        const response = await fetch(`${inject("baseUrl")}${request.path}`, {
          method: route.method,
          headers,
          body: form(),
        })
        return { status: response.status, text: await response.text() }
      }),
    )
  }
  const body = "body" in request ? { ...request.body, ...extraBody } : undefined
  const response = await api(request.path, { method: route.method, headers, body })
  return [{ status: response.status, text: JSON.stringify(response.body) }]
}

describe("ownership guard: every /admin and /seller route, enumerated from the application", () => {
  let admin: RouteInfo[]
  let seller: RouteInfo[]
  let fixture: SecurityFixture
  let ids: Record<string, string>
  const tokens = {} as Record<Role, Record<string, string>>

  beforeAll(async () => {
    const started = Date.now()
    const inventory = await routeInventory()
    const ours = [...inventory.routes, ...inventory.mounts]
    admin = ours.filter((route) => route.area === "admin")
    seller = ours.filter((route) => route.area === "seller")
    ;[fixture] = await Promise.all([
      securityFixture("own"),
      ...ROLES.map(async (role) => {
        tokens[role] = bearer(await staffToken(role))
      }),
    ])
    ids = idsByKind(fixture)
    await queuesIdle()
    console.log(
      `[ownership] ${admin.length} /admin and ${seller.length} /seller routes; fixtures in ${Date.now() - started} ms`,
    )
  }, 240_000)

  it("reads the routes from the application (Medusa's own loaders), each served by its own file", () => {
    expect(admin.length).toBeGreaterThan(40)
    expect(seller.length).toBeGreaterThan(20)
    // A route file another handler answers first is dead code at best.
    const shadowed = [...admin, ...seller].filter((route) => route.shadowed && route.file)
    expect(
      shadowed.map((route) => `${describeRoute(route)} (${route.file}) is answered by ${route.served_by}`),
    ).toEqual([])
  })

  it("has a role rule for every /admin route", () => {
    const missing = admin
      .filter((route) => !route.roles && !gap(route, "role rule"))
      .map((route) => `no ownership rule for ${describeRoute(route)}`)
    expect(missing).toEqual([])
  })

  it("needs a seller login on every /seller route", () => {
    const open = seller
      .filter(
        (route) =>
          !route.auth.some((auth) => auth.actor_types.includes("seller") && !auth.allow_unauthenticated),
      )
      .filter((route) => !gap(route, "seller ownership"))
      .map((route) => `no seller login required for ${describeRoute(route)}`)
    expect(open).toEqual([])
  })

  it("has a real row for every path param of an /admin or /seller route", () => {
    const unfilled = [...admin, ...seller].flatMap((route) =>
      paramsOf(route.path)
        .filter(({ name, segment }) => !ids[paramKind(route.area, segment, name) ?? ""])
        .map(({ name, segment }) => `${describeRoute(route)}: no fixture for "${segment}/:${name}"`),
    )
    expect(unfilled).toEqual([])
  })

  it("refuses every /admin route to each ministry role outside its rule (403) and to anyone without an admin login (401), writing nothing", async () => {
    const failures: string[] = []
    let calls = 0
    const guarded = admin.filter((route) => route.roles && !gap(route, "role refusal"))
    const attempt = async (route: RouteInfo) => {
      const request = requestFor(route, ids)
      const refused = ROLES.filter((role) => !route.roles?.includes(role))
      // A family's or a buyer's login is no admin login at all: 401, like none.
      const outsiders: Record<string, Record<string, string>> = {
        "no login": {},
        "family A's login": bearer(fixture.a.token),
        "the buyer's login": bearer(fixture.buyer.token),
      }
      for (const caller of [...refused, ...Object.keys(outsiders)]) {
        const headers = outsiders[caller] ?? tokens[caller as Role]
        for (const answer of await send(route, request, headers)) {
          calls += 1
          const expected = caller in outsiders ? 401 : 403
          const documented = answer.status === 404 && DOCUMENTED_404.includes(describeRoute(route))
          if (answer.status !== expected && !documented)
            failures.push(
              `${describeRoute(route)} as ${caller}: ${answer.status} ${answer.text.slice(0, 200)}`,
            )
          if (STACK.test(answer.text)) failures.push(`${describeRoute(route)} as ${caller}: a stack trace`)
          const extra = Object.keys(parse(answer.text)).filter(
            (key) => !["type", "message", "code"].includes(key),
          )
          if (extra.length)
            failures.push(`${describeRoute(route)} as ${caller}: the refusal carries ${extra.join(", ")}`)
        }
      }
    }
    failures.push(...(await writesOf(guarded, describeRoute, attempt)))
    console.log(`[ownership] ${calls} refused calls to ${guarded.length} /admin routes`)
    expect([...new Set(failures)]).toEqual([])
  })

  it("gives family B nothing of family A's from any /seller route, and lets B change nothing of A's", async () => {
    const failures: string[] = []
    const a = fixture.a
    // What would give A away in an answer to B: ids, names, titles, codes, the buyer, the invitee, A's reviews.
    const secrets = [
      a.familyId,
      a.name_en,
      a.name_ar,
      a.handle,
      a.email,
      a.product.id,
      a.product.title_en,
      a.product.title_ar,
      fixture.consignment.id,
      fixture.consignment.code,
      fixture.deliveredConsignment.id,
      fixture.deliveredConsignment.code,
      fixture.deliveredOrder.id,
      fixture.openOrder.id,
      fixture.familyOrderId,
      fixture.openFamilyOrderId,
      fixture.shipmentId,
      fixture.reviewId,
      fixture.documentId,
      fixture.inviteEmail,
      fixture.payoutId,
      fixture.batchId,
      fixture.buyer.email,
      ...fixture.ledgerIds,
    ]
    const sellerB = bearer(fixture.b.token)
    let calls = 0
    // Reads first, then writes, deletes last: a broken guard shows on a read before a write can hide it.
    const order = (route: RouteInfo) => (route.method === "GET" ? 0 : route.method === "DELETE" ? 2 : 1)
    for (const route of [...seller].sort((x, y) => order(x) - order(y))) {
      if (gap(route, "seller ownership")) continue
      const takesId = paramsOf(route.path).length > 0
      const request = requestFor(route, ids)
      // What B itself sent (A's ids in the path) may come back in a 404's message; anything else of A's may not.
      const sent = `${request.path} ${"body" in request ? JSON.stringify(request.body) : ""}`
      const before = await familyRowsFingerprint(a.familyId)
      // Without an id in the path, B still names A's family in the body.
      const answers = await send(route, request, sellerB, takesId ? {} : { family_id: a.familyId })
      calls += answers.length
      const statuses = answers.map((answer) => answer.status)
      if (
        takesId &&
        !(
          statuses.some((status) => status === 403 || status === 404) &&
          statuses.every((status) => status >= 400 && status < 500)
        )
      )
        failures.push(
          `${describeRoute(route)} as family B on A's ids: ${answers.map((answer) => `${answer.status} ${answer.text.slice(0, 160)}`).join(" | ")}`,
        )
      for (const answer of answers) {
        if (answer.status >= 500) failures.push(`${describeRoute(route)} as family B: ${answer.status}`)
        const seen = secrets.filter(
          (secret) => secret && !sent.includes(secret) && answer.text.includes(secret),
        )
        if (seen.length)
          failures.push(`${describeRoute(route)} as family B: the answer shows A's ${seen.join(", ")}`)
        if (STACK.test(answer.text))
          failures.push(`${describeRoute(route)} as family B: a stack trace in the answer`)
      }
      const written = changes(before, await familyRowsFingerprint(a.familyId))
      if (written.length)
        failures.push(`${describeRoute(route)} as family B changed A's ${written.join("; ")}`)

      // No login, a ministry login, a buyer's login: none of them is a family's.
      const strangers: Record<string, Record<string, string>> = {
        "without a login": {},
        "as super_admin": asAdmin(),
        "as the buyer": bearer(fixture.buyer.token),
      }
      for (const [who, headers] of Object.entries(strangers)) {
        for (const answer of await send(route, request, headers)) {
          calls += 1
          if (answer.status !== 401)
            failures.push(`${describeRoute(route)} ${who}: ${answer.status} ${answer.text.slice(0, 200)}`)
        }
      }
    }
    console.log(
      `[ownership] ${calls} /seller calls as family B, without a login, or with another kind of login`,
    )
    expect(failures).toEqual([])
  })
})
