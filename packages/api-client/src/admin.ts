import type {
  AdminAuditEntry,
  AdminAuditQuery,
  AdminBalance,
  AdminCommissionRule,
  AdminConsignment,
  AdminExchangeRate,
  AdminFailedJob,
  AdminFamily,
  AdminFamilyQuery,
  AdminFamilySummary,
  AdminImpact,
  AdminListing,
  AdminOrderOverview,
  AdminOrderSummary,
  AdminPayout,
  AdminPayoutBatch,
  AdminPayoutPreview,
  AdminPayoutRun,
  AdminRateCard,
  AdminShipment,
  AdminToday,
  AdminUser,
  ConsignmentStatus,
  FamilyTransition,
  ImpactGroup,
  ListingQueueStatus,
  Page,
  PayoutBatchStatus,
  PayoutStatus,
} from "@usra/types"
import { UsraApiError } from "./errors"
import type { FullReview } from "./seller-types"
import { type Query, searchOf, sessionFetch } from "./session-fetch"

export type UsraAdminClientOptions = {
  /** The backend, e.g. http://localhost:9000. */
  baseUrl: string
  /** Give up on a request after this long (ms). */
  timeoutMs?: number
}

const ORDER_LIST_FIELDS =
  "id,display_id,email,status,created_at,currency_code,total,payment_status,fulfillment_status"

/**
 * The ministry console's client for /admin/*. It logs in with Medusa's emailpass provider and keeps the login in
 * Medusa's session cookie (httpOnly, SameSite=Lax, stored in Redis by the backend): no token is ever readable by
 * page scripts, and plain links to PDFs, CSV files and the queue dashboard carry the login too.
 */
export function createUsraAdminClient(options: UsraAdminClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/$/, "")
  const call = sessionFetch(baseUrl, options.timeoutMs ?? 15_000)

  /** A link the browser opens with the session cookie (PDF, CSV, queue dashboard). */
  const url = (path: string, query?: Query) => `${baseUrl}${path}${searchOf(query)}`

  const post = <T>(path: string, body: unknown = {}) => call<T>(path, { method: "POST", body })

  return {
    url,

    auth: {
      /** Logs in and opens the session; 401 as UsraApiError when the email or password is wrong. */
      login: async (email: string, password: string) => {
        const { token } = await call<{ token?: string }>("/auth/user/emailpass", {
          method: "POST",
          body: { email, password },
        })
        if (!token) throw new UsraApiError("This login needs another step", 401)
        // Trades the token for Medusa's session cookie; the token itself is then dropped.
        await call("/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } })
      },
      logout: () => call<unknown>("/auth/session", { method: "DELETE" }),
    },

    me: async () => (await call<{ user: AdminUser }>("/admin/me")).user,
    today: async () => (await call<{ today: AdminToday }>("/admin/today")).today,

    families: {
      list: (query: AdminFamilyQuery = {}) =>
        call<Page<"families", AdminFamilySummary>>("/admin/families", { query }),
      get: async (id: string) => (await call<{ family: AdminFamily }>(`/admin/families/${id}`)).family,
      /** approve, reject, request-changes, suspend, reinstate, start-review; a reason where the rule needs one. */
      transition: async (id: string, transition: FamilyTransition, reason?: string) =>
        (await post<{ family: AdminFamily }>(`/admin/families/${id}/${transition}`, reason ? { reason } : {}))
          .family,
      documentUrl: (id: string, documentId: string) => url(`/admin/families/${id}/documents/${documentId}`),
      incomeStatementUrl: (id: string, year: number) =>
        url(`/admin/families/${id}/income-statement.pdf`, { year }),
    },

    listings: {
      list: (query: { status?: ListingQueueStatus; limit?: number; offset?: number } = {}) =>
        call<Page<"listings", AdminListing>>("/admin/listings", {
          query: { status: query.status ?? "pending_review", limit: query.limit, offset: query.offset },
        }),
      approve: (id: string) => post<{ listing: AdminListing }>(`/admin/listings/${id}/approve`),
      requestChanges: (id: string, reason: string) =>
        post<{ listing: AdminListing }>(`/admin/listings/${id}/request-changes`, { reason }),
    },

    reviews: {
      /** Buyers' reviews newest first, hidden ones too (reviewer, super_admin). */
      list: (
        query: {
          status?: FullReview["status"]
          rating?: number
          product_id?: string
          family_id?: string
          limit?: number
          offset?: number
        } = {},
      ) => call<Page<"reviews", FullReview>>("/admin/reviews", { query }),
      /** Hides a review from the shop and its ratings; the reason is required (3 to 500 characters). */
      hide: async (id: string, reason: string) =>
        (await post<{ review: FullReview }>(`/admin/reviews/${id}/hide`, { reason })).review,
      /** Publishes a hidden review again; the reason (3 to 500 characters) goes to the audit trail. */
      show: async (id: string, reason: string) =>
        (await post<{ review: FullReview }>(`/admin/reviews/${id}/show`, { reason })).review,
    },

    consignments: {
      list: (
        query: {
          status?: ConsignmentStatus
          hub?: string
          code?: string
          order_id?: string
          family_id?: string
          limit?: number
          offset?: number
        } = {},
      ) => call<Page<"consignments", AdminConsignment>>("/admin/consignments", { query }),
      /** The consignment with this code (case, spaces and dashes do not matter), or null. */
      byCode: async (code: string) =>
        (
          await call<Page<"consignments", AdminConsignment>>("/admin/consignments", {
            query: { code, limit: 1 },
          })
        ).consignments[0] ?? null,
      get: async (id: string) =>
        (await call<{ consignment: AdminConsignment }>(`/admin/consignments/${id}`)).consignment,
      receive: async (id: string, items?: string[]) =>
        (
          await post<{ consignment: AdminConsignment }>(
            `/admin/consignments/${id}/receive`,
            items ? { items } : {},
          )
        ).consignment,
      reject: async (id: string, reason: string) =>
        (await post<{ consignment: AdminConsignment }>(`/admin/consignments/${id}/reject`, { reason }))
          .consignment,
      packingSlipUrl: (id: string) => url(`/admin/consignments/${id}/packing-slip.pdf`),
    },

    shipments: {
      list: (query: { status?: string; order_id?: string; limit?: number; offset?: number } = {}) =>
        call<Page<"shipments", AdminShipment>>("/admin/shipments", { query }),
      get: async (id: string) => (await call<{ shipment: AdminShipment }>(`/admin/shipments/${id}`)).shipment,
      dispatch: async (
        id: string,
        body: { carrier: string; tracking_number: string; tracking_url?: string },
      ) => (await post<{ shipment: AdminShipment }>(`/admin/shipments/${id}/dispatch`, body)).shipment,
      addEvent: (
        id: string,
        body: {
          status: "in_transit" | "delivered" | "returned"
          description: string
          location?: string
          occurred_at: string
        },
      ) => post<{ event: unknown }>(`/admin/shipments/${id}/events`, body),
      labelUrl: (id: string) => url(`/admin/shipments/${id}/label.pdf`),
    },

    orders: {
      /** Medusa's order list, newest first. */
      list: (query: { q?: string; limit?: number; offset?: number } = {}) =>
        call<Page<"orders", AdminOrderSummary>>("/admin/orders", {
          query: {
            fields: ORDER_LIST_FIELDS,
            order: "-created_at",
            q: query.q,
            limit: query.limit ?? 20,
            offset: query.offset ?? 0,
          },
        }),
      overview: (id: string) => call<AdminOrderOverview>(`/admin/orders/${id}/families`),
    },

    payouts: {
      balances: (query: { limit?: number; offset?: number } = {}) =>
        call<Page<"balances", AdminBalance>>("/admin/balances", { query }),
      preview: async (threshold?: number) =>
        (
          await call<{ payout_preview: AdminPayoutPreview }>("/admin/payout-runs/preview", {
            query: { threshold },
          })
        ).payout_preview,
      runs: (query: { limit?: number; offset?: number } = {}) =>
        call<Page<"payout_runs", AdminPayoutRun>>("/admin/payout-runs", { query }),
      startRun: (threshold?: number) =>
        post<{ payout_run: AdminPayoutRun; job: unknown }>(
          "/admin/payout-runs",
          threshold ? { threshold } : {},
        ),
      batches: (query: { status?: PayoutBatchStatus; limit?: number; offset?: number } = {}) =>
        call<Page<"payout_batches", AdminPayoutBatch>>("/admin/payout-batches", { query }),
      batch: async (id: string) =>
        (await call<{ payout_batch: AdminPayoutBatch }>(`/admin/payout-batches/${id}`)).payout_batch,
      approveBatch: (id: string) =>
        post<{ payout_batch: AdminPayoutBatch }>(`/admin/payout-batches/${id}/approve`),
      markBatchPaid: (id: string, bankReference: string) =>
        post<{ payout_batch: AdminPayoutBatch }>(`/admin/payout-batches/${id}/mark-paid`, {
          bank_reference: bankReference,
        }),
      batchFileUrl: (id: string) => url(`/admin/payout-batches/${id}/file`),
      list: (
        query: {
          status?: PayoutStatus
          rail?: string
          family_id?: string
          batch_id?: string
          limit?: number
          offset?: number
        } = {},
      ) => call<Page<"payouts", AdminPayout>>("/admin/payouts", { query }),
      fail: (id: string, reason: string) =>
        post<{ payout: AdminPayout }>(`/admin/payouts/${id}/fail`, { reason }),
      cancel: (id: string, reason: string) =>
        post<{ payout: AdminPayout }>(`/admin/payouts/${id}/cancel`, { reason }),
    },

    exchangeRates: {
      get: () =>
        call<{ exchange_rates: AdminExchangeRate[]; base: "jod"; rounding: unknown }>(
          "/admin/exchange-rates",
        ),
      update: (rates: Record<string, string>) =>
        post<{ exchange_rates: AdminExchangeRate[]; job: { id: string } | null }>("/admin/exchange-rates", {
          rates,
        }),
    },

    shippingRates: {
      get: async () =>
        (await call<{ shipping_rates: AdminRateCard[] }>("/admin/shipping-rates")).shipping_rates,
      replace: (card: Pick<AdminRateCard, "zone" | "currency_code" | "transit_days" | "brackets">) =>
        post<{ shipping_rate: AdminRateCard }>("/admin/shipping-rates", card),
    },

    categories: {
      /** Medusa's product categories (names and handles), for commission rules. */
      list: async () =>
        (
          await call<{ product_categories: { id: string; name: string; handle: string }[] }>(
            "/admin/product-categories",
            { query: { fields: "id,name,handle", limit: 100 } },
          )
        ).product_categories,
    },

    commissionRules: {
      list: (query: { active?: boolean; limit?: number; offset?: number } = {}) =>
        call<Page<"commission_rules", AdminCommissionRule>>("/admin/commission-rules", { query }),
      create: (categoryId: string | null, rateBps: number) =>
        post<{ commission_rule: AdminCommissionRule }>("/admin/commission-rules", {
          category_id: categoryId,
          rate_bps: rateBps,
        }),
    },

    jobs: {
      failed: (query: { queue?: string; limit?: number; offset?: number } = {}) =>
        call<Page<"failed_jobs", AdminFailedJob>>("/admin/jobs/failed", { query }),
      retry: (id: string) => post<{ failed_job: AdminFailedJob }>(`/admin/jobs/failed/${id}/retry`),
      queueDashboardUrl: () => url("/admin/queue-dashboard"),
    },

    audit: {
      list: (query: AdminAuditQuery = {}) =>
        call<Page<"audit_entries", AdminAuditEntry>>("/admin/audit-log", { query }),
    },

    impact: {
      get: async (query: { from?: string; to?: string; group_by?: ImpactGroup } = {}) =>
        (await call<{ impact: AdminImpact }>("/admin/impact", { query })).impact,
      csvUrl: (query: { from?: string; to?: string; group_by?: ImpactGroup } = {}) =>
        url("/admin/impact/export.csv", query),
    },
  }
}

export type UsraAdminClient = ReturnType<typeof createUsraAdminClient>
