import type { AdminOrderOverview } from "@usra/types"
import { describe, expect, it } from "vitest"
import { decisionsFor, stepsFor } from "../lib/family-decisions"
import { age, ammanToday, filsToJod, jodToFils, money } from "../lib/format"
import { removeTemplate, savedTemplates, saveTemplate, templateOptions } from "../lib/reason-templates"
import { safeNext } from "../lib/safe-next"
import { canOpen, may, SCREENS } from "../roles"
import {
  filtersFromSearch,
  neighbours,
  searchFromFilters,
  shortcutFor,
  toQuery,
  WAITING,
} from "../routes/applications/queue"
import { diffLines } from "../routes/audit/diff"
import { allChecked, displayCode, isLate, isReceivable, normalizeCode } from "../routes/hub/code"
import { chartRows, defaultRange, groupLabel } from "../routes/impact/labels"
import { orderTimeline } from "../routes/orders/timeline"
import {
  batchActions,
  bpsToPercent,
  changedRates,
  destinationText,
  percentToBps,
  rateError,
  tabOf,
} from "../routes/payouts/logic"

const plain = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, "").replace(/[\u00a0\u202f]/g, " ")

describe("roles", () => {
  it("opens each screen only to the roles that work on it, and everything to super_admin", () => {
    expect(canOpen("hub", "payouts")).toBe(false)
    expect(canOpen("hub", "hub")).toBe(true)
    expect(canOpen("finance", "payouts")).toBe(true)
    expect(canOpen("finance", "applications")).toBe(false)
    expect(canOpen("reviewer", "jobs")).toBe(false)
    expect(canOpen(null, "today")).toBe(false)
    for (const screen of SCREENS) expect(canOpen("super_admin", screen.key)).toBe(true)
  })

  it("lets only reviewers see the sensitive profile, only finance issue income statements", () => {
    expect(may("reviewer", "seeSensitive")).toBe(true)
    expect(may("finance", "seeSensitive")).toBe(false)
    expect(may("finance", "incomeStatement")).toBe(true)
    expect(may("reviewer", "incomeStatement")).toBe(false)
    expect(may("hub", "payoutMoney")).toBe(false)
    expect(may("super_admin", "queueDashboard")).toBe(true)
  })
})

describe("formatting", () => {
  it("shows JOD fils with three decimals in both languages", () => {
    expect(plain(money(12500, "en"))).toBe("JOD 12.500")
    expect(plain(money("6750", "ar"))).toBe("6.750 د.أ.")
  })

  it("converts typed dinars to fils exactly", () => {
    expect(jodToFils("12.5")).toBe(12500)
    expect(jodToFils("0,125")).toBe(125)
    expect(jodToFils("1.2345")).toBeNull()
    expect(filsToJod(12500)).toBe("12.500")
    expect(filsToJod(-5)).toBe("-0.005")
  })

  it("says how long something waited in hours, then days", () => {
    const now = new Date("2026-03-10T12:00:00Z")
    expect(age("2026-03-10T02:00:00Z", now)).toEqual({ unit: "hours", count: 10 })
    expect(age("2026-03-07T11:00:00Z", now)).toEqual({ unit: "days", count: 3 })
    expect(ammanToday(new Date("2026-03-10T23:30:00Z"))).toBe("2026-03-11")
  })
})

describe("the review queue", () => {
  it("keeps its filters in the URL, waiting applications by default", () => {
    const filters = filtersFromSearch(new URLSearchParams("governorate=irbid&offset=20"))
    expect(filters).toEqual({ status: WAITING, governorate: "irbid", q: "", offset: 20 })
    expect(searchFromFilters(filters).toString()).toBe("governorate=irbid&offset=20")
    expect(toQuery(filters)).toMatchObject({
      status: "submitted,under_review",
      order: "submitted_at",
      offset: 20,
    })
    expect(filtersFromSearch(new URLSearchParams("offset=-3")).offset).toBe(0)
  })

  it("finds the applications before and after this one", () => {
    expect(neighbours(["a", "b", "c"], "b")).toEqual({ previous: "a", next: "c", position: 2 })
    expect(neighbours(["a", "b"], "z")).toEqual({ previous: null, next: "a", position: 0 })
  })

  it("maps keys to shortcuts, never while typing or with a modifier", () => {
    const key = (value: string, target: unknown = { tagName: "BODY" }, extra = {}) =>
      shortcutFor({ key: value, ctrlKey: false, metaKey: false, altKey: false, target, ...extra } as never)
    expect(key("a")).toBe("approve")
    expect(key("C")).toBe("request-changes")
    expect(key("j")).toBe("next")
    expect(key("?")).toBe("help")
    expect(key("a", { tagName: "TEXTAREA" })).toBeNull()
    expect(key("a", { tagName: "INPUT" })).toBeNull()
    expect(key("a", { tagName: "BODY" }, { ctrlKey: true })).toBeNull()
    expect(key("x")).toBeNull()
  })

  it("offers the decisions the lifecycle allows, starting the review first when needed", () => {
    expect(decisionsFor("submitted")).toContain("approve")
    expect(decisionsFor("under_review")).toEqual(["approve", "request-changes", "reject"])
    expect(decisionsFor("approved")).toEqual(["suspend"])
    expect(decisionsFor("rejected")).toEqual([])
    expect(stepsFor("submitted", "reject")).toEqual(["start-review", "reject"])
    expect(stepsFor("under_review", "approve")).toEqual(["approve"])
    expect(stepsFor("submitted", "start-review")).toEqual(["start-review"])
  })
})

describe("saved reasons", () => {
  it("keeps each reason once, newest first, per kind of decision", () => {
    saveTemplate("reject", "  Not a productive family  ")
    saveTemplate("reject", "Duplicate application")
    saveTemplate("reject", "Not a productive family")
    expect(savedTemplates("reject")).toEqual(["Not a productive family", "Duplicate application"])
    expect(savedTemplates("approve")).toEqual([])
    removeTemplate("reject", "Duplicate application")
    expect(savedTemplates("reject")).toEqual(["Not a productive family"])
  })

  it("lists the built-in reasons in the page's language before the saved ones", () => {
    saveTemplate("request-changes", "Mine")
    const options = templateOptions("request-changes", (key) => `T(${key})`, "en")
    expect(options[0]?.text).toBe("T(admin.reason_templates.documents_unreadable)")
    expect(options.at(-1)?.text).toBe("Mine")
  })
})

describe("hub receiving", () => {
  it("reads a code however it was typed or scanned", () => {
    expect(normalizeCode("k7mx-3qpa")).toBe("K7MX3QPA")
    expect(normalizeCode(" K7MX 3QPA ")).toBe("K7MX3QPA")
    expect(normalizeCode("K7MX3QP0")).toBeNull()
    expect(normalizeCode("K7MX3")).toBeNull()
    expect(displayCode("K7MX3QPA")).toBe("K7MX 3QPA")
  })

  it("receives only when every line is ticked, and only what is still expected", () => {
    const items = [{ line_item_id: "li_1" }, { line_item_id: "li_2" }]
    expect(allChecked(items, new Set(["li_1"]))).toBe(false)
    expect(allChecked(items, new Set(["li_1", "li_2"]))).toBe(true)
    expect(allChecked([], new Set())).toBe(false)
    expect(isReceivable("ready")).toBe(true)
    expect(isReceivable("received")).toBe(false)
    expect(isLate("2026-01-01T00:00:00Z", new Date("2026-01-02T00:00:00Z"))).toBe(true)
  })
})

describe("payouts", () => {
  it("allows approving, downloading and marking paid by the batch's status", () => {
    expect(batchActions({ status: "pending_approval" })).toEqual({
      approve: true,
      file: false,
      markPaid: false,
    })
    expect(batchActions({ status: "approved" })).toEqual({ approve: false, file: true, markPaid: true })
    expect(batchActions({ status: "paid" })).toEqual({ approve: false, file: true, markPaid: false })
    expect(tabOf("rates")).toBe("rates")
    expect(tabOf("bogus")).toBe("batches")
  })

  it("checks rates and commission the way the backend does", () => {
    expect(rateError("1.41")).toBe(false)
    expect(rateError("0")).toBe(true)
    expect(rateError("1.1234567")).toBe(true)
    expect(rateError("101")).toBe(true)
    expect(changedRates({ usd: "1.41", eur: "1.3" }, { usd: "1.410", eur: "1.31" })).toEqual({ eur: "1.31" })
    expect(percentToBps("12.5")).toBe(1250)
    expect(percentToBps("51")).toBeNull()
    expect(percentToBps("abc")).toBeNull()
    expect(bpsToPercent(1000)).toBe("10")
    expect(bpsToPercent(1250)).toBe("12.5")
  })

  it("names the account a payout goes to", () => {
    expect(destinationText({ account_holder_name: "Umm Ali", iban: "JO94CBJO0010000000000131000302" })).toBe(
      "Umm Ali · JO94CBJO0010000000000131000302",
    )
    expect(destinationText({ cliq_alias: "UMMALI" })).toBe("UMMALI")
  })
})

describe("order timeline", () => {
  it("puts the order's events in time order", () => {
    const overview = {
      order: {
        id: "order_1",
        display_id: 1,
        email: null,
        status: "pending",
        created_at: "2026-01-01T10:00:00Z",
        currency_code: "jod",
        total: 10,
      },
      family_orders: [],
      consignments: [
        {
          received_at: "2026-01-03T10:00:00Z",
          rejected_at: null,
          cancelled_at: null,
          family: { name_ar: "أ", name_en: "A" },
        },
        {
          received_at: null,
          rejected_at: "2026-01-02T10:00:00Z",
          rejection_reason: "broken",
          cancelled_at: null,
          family: null,
        },
      ],
      shipment: {
        shipped_at: "2026-01-04T10:00:00Z",
        carrier: "aramex",
        tracking_number: "AR1",
        events: [
          {
            occurred_at: "2026-01-05T10:00:00Z",
            status: "delivered",
            description: "Delivered",
            location: null,
          },
        ],
      },
    } as unknown as AdminOrderOverview
    expect(orderTimeline(overview).map((entry) => entry.kind)).toEqual([
      "placed",
      "rejected",
      "received",
      "shipped",
      "event",
    ])
  })
})

describe("audit and impact helpers", () => {
  it("lists changed fields first", () => {
    expect(diffLines({ status: "a", id: "x" }, { status: "b", id: "x" })).toEqual([
      { field: "status", before: "a", after: "b", changed: true },
      { field: "id", before: "x", after: "x", changed: false },
    ])
  })

  it("labels groups and converts fils to dinars for the charts", () => {
    const t = (key: string) => key
    expect(groupLabel("governorate", "irbid", t, "en")).toBe("governorates.irbid")
    expect(groupLabel("gender", "unknown", t, "en")).toBe("admin.impact.unknown")
    expect(groupLabel("month", "2026-03", t, "en")).toBe("Mar 2026")
    const [row] = chartRows(
      [{ key: "irbid", sales_fils: 12500, income_paid_fils: 5000, families_active: 3 } as never],
      (key) => key.toUpperCase(),
    )
    expect(row).toEqual({ key: "irbid", label: "IRBID", sales: 12.5, income: 5, active: 3 })
    expect(defaultRange("2026-03-10")).toEqual({ from: "2025-04-01", to: "2026-03-10" })
  })

  it("only follows `next` inside the console after login", () => {
    expect(safeNext("/payouts?tab=rates")).toBe("/payouts?tab=rates")
    expect(safeNext("//evil.example")).toBe("/")
    expect(safeNext("https://evil.example")).toBe("/")
    expect(safeNext(null)).toBe("/")
  })
})
