import Medusa, { FetchError } from "@medusajs/js-sdk"
import { errorFromResponse, UsraApiError } from "./errors"
import type {
  ConsignmentStatus,
  FullReview,
  LedgerEntry,
  Page,
  PayoutAccount,
  PricePreview,
  RatingSummary,
  SellerBalance,
  SellerConsignment,
  SellerFamily,
  SellerMe,
  SellerOrder,
  SellerPayout,
  SellerProduct,
  SellerProductInput,
} from "./seller-types"

export type SellerClientOptions = {
  /** The backend, e.g. http://localhost:9000. */
  baseUrl: string
  /** The family member's JWT (the portal keeps it in an HttpOnly cookie); none to sign in or register. */
  token?: string | null
  timeoutMs?: number
}

type Query = Record<string, string | number | undefined>
type Paging = { limit?: number; offset?: number }

/** A file as the portal's server received it from the phone's form. */
export type UploadFile = { blob: Blob; filename: string }

function toApiError(error: unknown): unknown {
  if (error instanceof FetchError) {
    return new UsraApiError(error.message || error.statusText || "Request failed", error.status ?? 500)
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new UsraApiError("The portal's server did not answer in time", 504, "timeout")
  }
  if (error instanceof TypeError) {
    return new UsraApiError(`The portal's server cannot be reached: ${error.message}`, 503, "unreachable")
  }
  return error
}

/**
 * The family portal's client for the /seller routes and the seller login (Medusa's emailpass for the `seller`
 * actor). One client per request, with the member's token; every route answers for the caller's family only.
 */
export function createSellerClient(options: SellerClientOptions) {
  const sdk = new Medusa({
    baseUrl: options.baseUrl,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    globalHeaders: options.token ? { authorization: `Bearer ${options.token}` } : {},
  })
  const timeoutMs = options.timeoutMs ?? 15_000

  async function call<T>(
    path: string,
    init: { method?: "GET" | "POST" | "DELETE"; query?: Query; body?: unknown; token?: string } = {},
  ): Promise<T> {
    const query = init.query
      ? Object.fromEntries(
          Object.entries(init.query).filter(([, value]) => value !== undefined && value !== ""),
        )
      : undefined
    try {
      return await sdk.client.fetch<T>(path, {
        method: init.method ?? "GET",
        query,
        body: init.body as Record<string, unknown> | undefined,
        headers: init.token ? { authorization: `Bearer ${init.token}` } : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw toApiError(error)
    }
  }

  /** Multipart uploads go around the SDK, which would send JSON. */
  async function upload<T>(path: string, form: FormData): Promise<T> {
    let response: Response
    try {
      response = await fetch(`${options.baseUrl.replace(/\/$/, "")}${path}`, {
        method: "POST",
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        body: form,
        signal: AbortSignal.timeout(timeoutMs * 2),
      })
    } catch (error) {
      throw toApiError(error)
    }
    if (!response.ok) throw await errorFromResponse(response)
    return (await response.json()) as T
  }

  return {
    auth: {
      /** A new seller login; its token can only create the family (POST /seller/families). */
      register: async (email: string, password: string) =>
        (
          await call<{ token: string }>("/auth/seller/emailpass/register", {
            method: "POST",
            body: { email, password },
          })
        ).token,
      /** A token for the email and password; 401 when they do not match. */
      login: async (email: string, password: string) =>
        (
          await call<{ token: string }>("/auth/seller/emailpass", {
            method: "POST",
            body: { email, password },
          })
        ).token,
      /** A new token for this client's login: after the family is created, it names the member (actor_id). */
      refresh: async () => (await call<{ token: string }>("/auth/token/refresh", { method: "POST" })).token,
    },

    /** The member and the family; 401 for a login that has no family yet. */
    me: () => call<SellerMe>("/seller/me"),

    family: {
      /** With a fresh registration's token: the family (draft) and its first member. */
      create: async (body: { name_ar: string; name_en: string; member_name?: string }) =>
        (await call<{ family: SellerFamily }>("/seller/families", { method: "POST", body })).family,
      update: async (body: Record<string, unknown>) =>
        (await call<{ family: SellerFamily }>("/seller/families/me", { method: "POST", body })).family,
      uploadDocument: async (kind: string, file: UploadFile) => {
        const form = new FormData()
        form.set("kind", kind)
        form.set("file", file.blob, file.filename)
        return (await upload<{ family: SellerFamily }>("/seller/families/me/documents", form)).family
      },
      submit: async () =>
        (await call<{ family: SellerFamily }>("/seller/families/me/submit", { method: "POST" })).family,
    },

    products: {
      list: (page: Paging = {}) =>
        call<Page<"products", SellerProduct>>("/seller/products", { query: { limit: 100, ...page } }),
      get: async (id: string) =>
        (await call<{ product: SellerProduct }>(`/seller/products/${encodeURIComponent(id)}`)).product,
      create: async (body: SellerProductInput) =>
        (await call<{ product: SellerProduct }>("/seller/products", { method: "POST", body })).product,
      update: async (id: string, body: Partial<SellerProductInput>) =>
        (
          await call<{ product: SellerProduct }>(`/seller/products/${encodeURIComponent(id)}`, {
            method: "POST",
            body,
          })
        ).product,
      uploadImages: async (id: string, files: UploadFile[]) => {
        const form = new FormData()
        for (const file of files) form.append("images", file.blob, file.filename)
        return (
          await upload<{ product: SellerProduct }>(`/seller/products/${encodeURIComponent(id)}/images`, form)
        ).product
      },
      /** Sends the listing to the ministry's review. */
      submit: async (id: string) =>
        (
          await call<{ product: SellerProduct }>(`/seller/products/${encodeURIComponent(id)}/submit`, {
            method: "POST",
          })
        ).product,
    },

    /** What buyers pay for a JOD price, in minor units per currency, at today's rates. */
    pricePreview: (priceJodFils: number) =>
      call<PricePreview>("/seller/price-preview", { query: { price_jod_fils: priceJodFils } }),

    consignments: {
      list: (query: Paging & { status?: ConsignmentStatus } = {}) =>
        call<Page<"consignments", SellerConsignment>>("/seller/consignments", {
          query: { limit: 100, ...query },
        }),
      ready: async (id: string) =>
        (
          await call<{ consignment: SellerConsignment }>(
            `/seller/consignments/${encodeURIComponent(id)}/ready`,
            {
              method: "POST",
            },
          )
        ).consignment,
    },

    money: {
      balance: () => call<SellerBalance>("/seller/balance"),
      ledger: (page: Paging = {}) =>
        call<Page<"entries", LedgerEntry> & { balance: number }>("/seller/ledger", { query: { ...page } }),
      payouts: (page: Paging = {}) =>
        call<Page<"payouts", SellerPayout>>("/seller/payouts", { query: { ...page } }),
      account: async () =>
        (await call<{ payout_account: PayoutAccount | null }>("/seller/payout-account")).payout_account,
      setAccount: async (body: { account_holder_name: string; iban?: string; cliq_alias?: string }) =>
        (await call<{ payout_account: PayoutAccount }>("/seller/payout-account", { method: "POST", body }))
          .payout_account,
    },

    orders: {
      list: (page: Paging = {}) =>
        call<Page<"orders", SellerOrder>>("/seller/orders", { query: { ...page } }),
    },

    reviews: {
      list: (query: Paging & { status?: "published" | "hidden" } = {}) =>
        call<Page<"reviews", FullReview> & { rating: RatingSummary }>("/seller/reviews", {
          query: { ...query },
        }),
      reply: async (id: string, text: string) =>
        (
          await call<{ review: FullReview }>(`/seller/reviews/${encodeURIComponent(id)}/reply`, {
            method: "POST",
            body: { text },
          })
        ).review,
    },
  }
}

export type SellerClient = ReturnType<typeof createSellerClient>
