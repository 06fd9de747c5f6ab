import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { UsraApiError } from "@usra/api-client/admin"
import type { AdminConsignment, AdminFamily, AdminPayoutBatch, AdminToday } from "@usra/types"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { routes } from "../router"
import { renderRoutes, renderWithProviders } from "../test/render"

const api = vi.hoisted(() => ({
  me: vi.fn(),
  today: vi.fn(),
  auth: { login: vi.fn(), logout: vi.fn() },
  families: {
    list: vi.fn(),
    get: vi.fn(),
    transition: vi.fn(),
    documentUrl: vi.fn(() => "http://backend/doc"),
    incomeStatementUrl: vi.fn(),
  },
  consignments: {
    list: vi.fn(),
    byCode: vi.fn(),
    receive: vi.fn(),
    reject: vi.fn(),
    packingSlipUrl: vi.fn(() => "http://backend/slip.pdf"),
  },
  payouts: {
    batch: vi.fn(),
    batches: vi.fn(),
    approveBatch: vi.fn(),
    markBatchPaid: vi.fn(),
    batchFileUrl: vi.fn(() => "http://backend/file"),
    fail: vi.fn(),
  },
}))
vi.mock("../api", () => ({ api }))

const user = (role: string | null) => ({
  id: "user_1",
  email: `${role}@usra.jo`,
  first_name: null,
  last_name: null,
  role,
})

const FAMILY: AdminFamily = {
  id: "fam_1",
  handle: "umm-ali",
  name_ar: "مطبخ أم علي",
  name_en: "Umm Ali's Kitchen",
  governorate: "irbid",
  community_centre: "Irbid centre",
  association: null,
  status: "submitted",
  submitted_at: "2026-01-01T10:00:00Z",
  approved_at: null,
  created_at: "2026-01-01T09:00:00Z",
  updated_at: "2026-01-01T10:00:00Z",
  story_ar: "نصنع المفتول",
  story_en: "We roll maftoul",
  members: [{ id: "fmem_1", email: "ali@families.test", name: "Ali", role: "owner" }],
  documents: [],
  review_events: [],
  sensitive_profile: {
    national_id_last4: "4567",
    maker_gender: "female",
    age_band: "age_35_44",
    disability_in_household: false,
    household_size: 6,
    consent_given_at: "2026-01-01T09:30:00Z",
  },
}

const CONSIGNMENT: AdminConsignment = {
  id: "cons_1",
  order_id: "order_1",
  display_id: "1042",
  family_order_id: "ford_1",
  family_id: "fam_1",
  hub: "Irbid centre",
  code: "K7MX3QPA",
  items: [
    { line_item_id: "li_1", title: "Maftoul 1 kg", quantity: 2, product_id: null },
    { line_item_id: "li_2", title: "Za'atar", quantity: 1, product_id: null },
  ],
  status: "awaiting_dropoff",
  dropoff_deadline: "2099-01-01T10:00:00Z",
  ready_at: null,
  received_at: null,
  rejected_at: null,
  rejection_reason: null,
  cancelled_at: null,
  cancellation_reason: null,
  created_at: "2026-01-01T10:00:00Z",
  family: {
    id: "fam_1",
    handle: "umm-ali",
    name_ar: "مطبخ أم علي",
    name_en: "Umm Ali's Kitchen",
    governorate: "irbid",
  },
}

beforeEach(() => {
  vi.clearAllMocks()
  api.today.mockResolvedValue({ role: "hub", consignments: { hubs: [] } } satisfies AdminToday)
  api.consignments.list.mockResolvedValue({ consignments: [], count: 0, limit: 20, offset: 0 })
})

describe("the console frame", () => {
  it("sends a visitor without a session to the login page", async () => {
    api.me.mockRejectedValue(new UsraApiError("Unauthorized", 401))
    renderRoutes(routes, { route: "/payouts" })
    expect(await screen.findByRole("heading", { name: "Sign in to the ministry console" })).toBeTruthy()
  })

  it("shows hub staff their screens and refuses payouts", async () => {
    api.me.mockResolvedValue(user("hub"))
    renderRoutes(routes, { route: "/payouts" })
    expect(await screen.findByRole("heading", { name: "Your role cannot open this page." })).toBeTruthy()
    const nav = screen.getByRole("navigation", { name: "Console sections" })
    const links = within(nav)
      .getAllByRole("link")
      .map((link) => link.textContent)
    expect(links).toEqual(["Today", "Hub receiving", "Orders"])
    expect(screen.getByText("Role: Hub staff")).toBeTruthy()
  })

  it("runs right to left in Arabic", async () => {
    api.me.mockResolvedValue(user("finance"))
    api.today.mockResolvedValue({ role: "finance", payout_batches: { to_approve: 2, total: 12500 } })
    renderRoutes(routes, { route: "/", locale: "ar" })
    expect(await screen.findByText("دفعات بانتظار الاعتماد")).toBeTruthy()
    expect(document.documentElement.dir).toBe("rtl")
    expect(document.documentElement.lang).toBe("ar")
    fireEvent.click(screen.getByRole("button", { name: /English/ }))
    expect(await screen.findByText("Payout batches to approve")).toBeTruthy()
    expect(document.documentElement.dir).toBe("ltr")
  })

  it("says when the email or password is wrong", async () => {
    api.me.mockRejectedValue(new UsraApiError("Unauthorized", 401))
    api.auth.login.mockRejectedValue(new UsraApiError("Invalid email or password", 401))
    renderRoutes(routes, { route: "/login" })
    fireEvent.change(await screen.findByLabelText("Email"), { target: { value: "reviewer@usra.jo" } })
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "wrong" } })
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    expect(await screen.findByText("The email or password is not right.")).toBeTruthy()
    expect(api.auth.login).toHaveBeenCalledWith("reviewer@usra.jo", "wrong")
  })
})

describe("Today", () => {
  it("shows only the parts the role works on, oldest application first with its age", async () => {
    api.me.mockResolvedValue(user("reviewer"))
    api.today.mockResolvedValue({
      role: "reviewer",
      applications: {
        waiting: 2,
        oldest: [
          {
            id: "fam_1",
            name_ar: "أ",
            name_en: "Oldest family",
            governorate: "irbid",
            status: "submitted",
            submitted_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          },
        ],
      },
      listings: { waiting: 0 },
    } satisfies AdminToday)
    renderRoutes(routes, { route: "/" })
    expect(await screen.findByRole("link", { name: "Oldest family" })).toBeTruthy()
    expect(screen.getByText("waiting 3 days")).toBeTruthy()
    expect(screen.queryByText("Payout batches to approve")).toBeNull()
    expect(screen.queryByText("Failed jobs")).toBeNull()
  })
})

describe("an application", () => {
  beforeEach(() => {
    api.me.mockResolvedValue(user("reviewer"))
    api.families.get.mockResolvedValue(FAMILY)
    api.families.list.mockResolvedValue({ families: [FAMILY], count: 1, limit: 100, offset: 0 })
  })

  it("shows the profile in both languages and the ministry-only facts", async () => {
    renderRoutes(routes, { route: "/applications/fam_1" })
    expect(await screen.findByText("We roll maftoul")).toBeTruthy()
    expect(screen.getByText("نصنع المفتول").closest("[lang]")?.getAttribute("dir")).toBe("rtl")
    expect(screen.getByText("••••••4567")).toBeTruthy()
    expect(screen.getByText("Seeing these facts is recorded in the audit log.")).toBeTruthy()
  })

  it("opens the decision with a key, refuses a change request without a reason, then sends it", async () => {
    api.families.transition.mockResolvedValue({ ...FAMILY, status: "changes_requested" })
    renderRoutes(routes, { route: "/applications/fam_1" })
    await screen.findByText("We roll maftoul")
    fireEvent.keyDown(window, { key: "c" })
    const dialog = await screen.findByRole("dialog")
    fireEvent.click(within(dialog).getByRole("button", { name: "Request changes" }))
    expect(await within(dialog).findByText("Write a reason of at least 3 characters.")).toBeTruthy()
    expect(api.families.transition).not.toHaveBeenCalled()
    fireEvent.change(within(dialog).getByLabelText("Use a saved reason"), {
      target: { value: "builtin:documents_unreadable" },
    })
    expect((within(dialog).getByLabelText("Reason") as HTMLTextAreaElement).value).toContain("cannot be read")
    fireEvent.click(within(dialog).getByRole("button", { name: "Request changes" }))
    await waitFor(() => expect(api.families.transition).toHaveBeenCalledTimes(2))
    expect(api.families.transition.mock.calls[0]).toEqual(["fam_1", "start-review", undefined])
    expect(api.families.transition.mock.calls[1]?.[1]).toBe("request-changes")
    expect(api.families.transition.mock.calls[1]?.[2]).toContain("cannot be read")
    expect(await screen.findByText("Decision saved: Changes requested.")).toBeTruthy()
  })

  it("saves a reason for next time", async () => {
    api.families.get.mockResolvedValue({ ...FAMILY, status: "under_review" })
    api.families.transition.mockResolvedValue({ ...FAMILY, status: "rejected" })
    renderRoutes(routes, { route: "/applications/fam_1" })
    await screen.findByText("We roll maftoul")
    fireEvent.click(screen.getByRole("button", { name: "Reject" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.change(within(dialog).getByLabelText("Reason"), {
      target: { value: "Only one family per household." },
    })
    fireEvent.click(within(dialog).getByLabelText("Save this reason for next time"))
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject" }))
    await waitFor(() =>
      expect(api.families.transition).toHaveBeenCalledWith(
        "fam_1",
        "reject",
        "Only one family per household.",
      ),
    )
    expect(JSON.parse(localStorage.getItem("usra.admin.reason-templates") ?? "{}").reject).toEqual([
      "Only one family per household.",
    ])
  })

  it("shows finance no decision and no sensitive facts", async () => {
    api.me.mockResolvedValue(user("finance"))
    api.families.get.mockResolvedValue({ ...FAMILY, status: "approved", sensitive_profile: undefined })
    renderRoutes(routes, { route: "/families/fam_1" })
    expect(await screen.findByText("Ministry-only facts are shown to reviewers only.")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Suspend" })).toBeNull()
    expect(screen.getByRole("heading", { name: "Annual income statement (PDF)" })).toBeTruthy()
  })
})

describe("hub receiving", () => {
  beforeEach(() => api.me.mockResolvedValue(user("hub")))

  it("finds a consignment by a typed code and receives it only when every item is ticked", async () => {
    api.consignments.byCode.mockResolvedValue(CONSIGNMENT)
    api.consignments.receive.mockResolvedValue({ ...CONSIGNMENT, status: "received" })
    renderRoutes(routes, { route: "/hub" })
    fireEvent.change(await screen.findByLabelText("Consignment code"), { target: { value: "k7mx-3qpa" } })
    fireEvent.click(screen.getByRole("button", { name: "Find" }))
    await screen.findByText("2 × Maftoul 1 kg")
    expect(api.consignments.byCode).toHaveBeenCalledWith("K7MX3QPA")
    fireEvent.click(screen.getByRole("button", { name: "Receive" }))
    expect(
      await screen.findByText("Tick every item before receiving, or reject the consignment."),
    ).toBeTruthy()
    expect(api.consignments.receive).not.toHaveBeenCalled()
    fireEvent.click(screen.getByLabelText("2 × Maftoul 1 kg"))
    fireEvent.click(screen.getByLabelText("1 × Za'atar"))
    fireEvent.click(screen.getByRole("button", { name: "Receive" }))
    await waitFor(() => expect(api.consignments.receive).toHaveBeenCalledWith("cons_1", ["li_1", "li_2"]))
    expect(await screen.findByText("Consignment K7MX 3QPA received.")).toBeTruthy()
  })

  it("refuses a code that cannot be one without asking the server", async () => {
    renderRoutes(routes, { route: "/hub" })
    fireEvent.change(await screen.findByLabelText("Consignment code"), { target: { value: "0000" } })
    fireEvent.click(screen.getByRole("button", { name: "Find" }))
    expect(await screen.findByText("A consignment code has 8 letters and digits.")).toBeTruthy()
    expect(api.consignments.byCode).not.toHaveBeenCalled()
  })

  it("rejects with a reason", async () => {
    api.consignments.byCode.mockResolvedValue(CONSIGNMENT)
    api.consignments.reject.mockResolvedValue({ ...CONSIGNMENT, status: "rejected" })
    renderRoutes(routes, { route: "/hub" })
    fireEvent.change(await screen.findByLabelText("Consignment code"), { target: { value: "K7MX3QPA" } })
    fireEvent.click(screen.getByRole("button", { name: "Find" }))
    await screen.findByText("2 × Maftoul 1 kg")
    fireEvent.click(screen.getByRole("button", { name: "Reject" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.change(within(dialog).getByLabelText("Reason"), { target: { value: "Jar broken" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject" }))
    await waitFor(() => expect(api.consignments.reject).toHaveBeenCalledWith("cons_1", "Jar broken"))
  })
})

describe("payout batches", () => {
  const BATCH: AdminPayoutBatch = {
    id: "pbat_1",
    run_id: "prun_1",
    status: "pending_approval",
    approved_by: null,
    approved_at: null,
    paid_at: null,
    bank_reference: null,
    total: 12500,
    count: 1,
    created_at: "2026-01-01T10:00:00Z",
    payouts: [],
  }

  it("approves, then asks for the bank reference before marking paid", async () => {
    api.me.mockResolvedValue(user("finance"))
    api.payouts.batches.mockResolvedValue({ payout_batches: [BATCH], count: 1, limit: 20, offset: 0 })
    api.payouts.batch.mockResolvedValueOnce(BATCH).mockResolvedValue({ ...BATCH, status: "approved" })
    api.payouts.approveBatch.mockResolvedValue({ payout_batch: { ...BATCH, status: "approved" } })
    api.payouts.markBatchPaid.mockResolvedValue({ payout_batch: { ...BATCH, status: "paid" } })
    renderRoutes(routes, { route: "/payouts" })
    fireEvent.click(await screen.findByRole("button", { name: "Approve" }))
    await waitFor(() => expect(api.payouts.approveBatch).toHaveBeenCalledWith("pbat_1"))
    fireEvent.click(await screen.findByRole("button", { name: "Mark paid" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.click(within(dialog).getByRole("button", { name: "Mark paid" }))
    expect(await within(dialog).findByText("Write a reason of at least 3 characters.")).toBeTruthy()
    fireEvent.change(within(dialog).getByLabelText("Bank reference"), { target: { value: "CBJ-123" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Mark paid" }))
    await waitFor(() => expect(api.payouts.markBatchPaid).toHaveBeenCalledWith("pbat_1", "CBJ-123"))
    expect(screen.getByRole("link", { name: "Download the transfer file (CSV)" }).getAttribute("href")).toBe(
      "http://backend/file",
    )
  })
})

describe("components", () => {
  it("render a Today view from data alone", async () => {
    const { TodayView } = await import("../routes/today")
    renderWithProviders(
      <TodayView
        today={{ role: "hub", consignments: { hubs: [{ hub: "Irbid centre", open: 3, due: 1, late: 2 }] } }}
      />,
    )
    expect(screen.getByText("Irbid centre")).toBeTruthy()
    expect(screen.getByText(/1 due in 24 h · 2 late · 3 open/)).toBeTruthy()
  })
})
