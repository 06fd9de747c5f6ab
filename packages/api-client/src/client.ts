import Medusa, { FetchError } from "@medusajs/js-sdk"
import type {
  BuyerOrder,
  StoreFamily,
  StoreShippingEstimate,
  StoreShippingZone,
  TrackingEntry,
} from "@usra/types"
import { catalogRoutes } from "./catalog-client"
import { addressRoutes } from "./customer-addresses"
import { UsraApiError } from "./errors"
import type {
  StoreAddress,
  StoreCart,
  StoreCartQuantities,
  StoreCartRef,
  StoreCategory,
  StoreCustomer,
  StoreOrderSummary,
  StorePaymentCollectionRef,
  StorePlacedOrder,
  StoreProduct,
  StoreRegion,
} from "./medusa-types"
import { savedCardRoutes } from "./saved-cards"
import type { FullReview, Page, PublicReview, RatingSummary } from "./seller-types"

/** A delivered item of the buyer's orders that has no review yet (GET /store/customers/me/reviews). */
export type AwaitingReview = {
  order_id: string
  display_id: number
  line_item_id: string
  product_id: string
  title: string
  thumbnail: string | null
  product_handle: string | null
}

export type Favourite = {
  id: string
  product_id: string
  created_at: string
  product: {
    id: string
    handle: string
    title_en: string
    title_ar: string | null
    thumbnail: string | null
    on_sale: boolean
  } | null
}

export type OrderTracking = {
  order: { id: string; display_id: number; status: string }
  shipment: {
    status: string
    carrier: string | null
    tracking_number: string | null
    tracking_url: string | null
    shipped_at: string | null
    delivered_at: string | null
  } | null
  timeline: TrackingEntry[]
}

export type UsraClientOptions = {
  /** The backend, e.g. http://localhost:9000. */
  baseUrl: string
  /** The storefront's publishable key (`x-publishable-api-key`). */
  publishableKey: string
  /** A customer's JWT: the server keeps it in a cookie and makes one client per request. */
  token?: string | null
  /** Give up on a request after this long (ms); a slow backend must not hold a page hostage. */
  timeoutMs?: number
}

/** The product fields a card, the listing and the product page need, with prices for the region. */
export const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "created_at",
  "metadata",
  "weight",
  "*images",
  "categories.id",
  "categories.handle",
  "variants.id",
  "variants.title",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "*family",
].join(",")

const CART_FIELDS = [
  "id",
  "email",
  "region_id",
  "currency_code",
  "customer_id",
  "completed_at",
  "total",
  "subtotal",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "*items",
  "*shipping_address",
  "*billing_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "*region",
  "*region.countries",
].join(",")

/**
 * What a cart change answers. The shop redirects after every change and reads the cart again (CART_FIELDS), so the
 * change itself asks only for the id: Medusa then skips the second computation of the cart's totals.
 */
const CART_REF_FIELDS = "id"

/** What adding one product answers: the cart's lines and quantities, which the shop's cart badge counts. */
const CART_QUANTITIES_FIELDS = "id,items.id,items.quantity"

/**
 * What the shop keeps of a just-placed order: the confirmation page looks the order up again by its number and
 * email, so completing asks for no totals.
 */
const PLACED_ORDER_FIELDS = "id,display_id,email"

/**
 * A payment collection, new or with the card session just made: the shop only needs its id (the card's outcome,
 * and any 3-D Secure, come from placing the order).
 */
const PAYMENT_COLLECTION_REF_FIELDS = "id"

export type Query = Record<string, string | number | boolean | string[] | undefined>

/** One request to the backend: the path, and the method, query, body and token to send with it. */
export type ApiCall = <T>(
  path: string,
  init?: { method?: "GET" | "POST" | "DELETE"; query?: Query; body?: unknown; token?: string },
) => Promise<T>

function clean(query: Query): Query {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))
}

function toApiError(error: unknown): unknown {
  if (error instanceof FetchError) {
    return new UsraApiError(error.message || error.statusText || "Request failed", error.status ?? 500)
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new UsraApiError("The shop's server did not answer in time", 504, "timeout")
  }
  if (error instanceof TypeError) {
    return new UsraApiError(`The shop's server cannot be reached: ${error.message}`, 503, "unreachable")
  }
  return error
}

/**
 * Usra's typed client for the store routes the shop uses: Medusa's own (products, categories, regions, carts,
 * payments, orders, customers and their addresses, auth) through @medusajs/js-sdk, and Usra's (the catalogue,
 * families, shipping estimate, the order split per family, guest order lookup).
 */
export function createUsraClient(options: UsraClientOptions) {
  const sdk = new Medusa({
    baseUrl: options.baseUrl,
    publishableKey: options.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    globalHeaders: options.token ? { authorization: `Bearer ${options.token}` } : {},
  })
  const timeoutMs = options.timeoutMs ?? 10_000

  const call: ApiCall = async <T>(path: string, init: Parameters<ApiCall>[1] = {}): Promise<T> => {
    try {
      return await sdk.client.fetch<T>(path, {
        method: init.method ?? "GET",
        query: init.query ? clean(init.query) : undefined,
        body: init.body as Record<string, unknown> | undefined,
        headers: init.token ? { authorization: `Bearer ${init.token}` } : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw toApiError(error)
    }
  }

  const store = {
    catalog: catalogRoutes(call),

    regions: {
      list: async () =>
        (
          await call<{ regions: StoreRegion[] }>("/store/regions", {
            query: { fields: "id,name,currency_code,*countries", limit: 50 },
          })
        ).regions,
    },

    categories: {
      list: async () =>
        (
          await call<{ product_categories: StoreCategory[] }>("/store/product-categories", {
            query: { fields: "id,name,handle,description,metadata,rank", limit: 100 },
          })
        ).product_categories,
    },

    products: {
      list: (query: {
        regionId?: string
        categoryId?: string[]
        handle?: string
        id?: string[]
        q?: string
        limit?: number
        offset?: number
        order?: string
        /** Defaults to PRODUCT_FIELDS, whose prices need regionId. */
        fields?: string
      }) =>
        call<{ products: StoreProduct[]; count: number; limit: number; offset: number }>("/store/products", {
          query: {
            fields: query.fields ?? PRODUCT_FIELDS,
            region_id: query.regionId,
            category_id: query.categoryId,
            id: query.id,
            handle: query.handle,
            q: query.q,
            limit: query.limit ?? 20,
            offset: query.offset ?? 0,
            order: query.order,
          },
        }),
      /** The product with this handle, priced for the region; null when there is none (or it is not on sale). */
      byHandle: async (handle: string, regionId?: string) => {
        const { products } = await store.products.list({ handle, regionId, limit: 1 })
        return products[0] ?? null
      },
    },

    families: {
      list: (query: { governorate?: string; category?: string; limit?: number; offset?: number } = {}) =>
        call<{ families: StoreFamily[]; count: number; limit: number; offset: number }>("/store/families", {
          query,
        }),
      /** An approved family's profile and products (priced when regionId is given); 404 as UsraApiError. */
      get: (handle: string, query: { regionId?: string; limit?: number; offset?: number } = {}) =>
        call<{
          family: StoreFamily & { products: StoreProduct[] }
          count: number
          limit: number
          offset: number
        }>(`/store/families/${encodeURIComponent(handle)}`, {
          query: { region_id: query.regionId, limit: query.limit, offset: query.offset },
        }),
    },

    carts: {
      create: async (body: { region_id: string; email?: string; shipping_address?: StoreAddress }) =>
        (
          await call<{ cart: StoreCartRef }>("/store/carts", {
            method: "POST",
            body,
            query: { fields: CART_REF_FIELDS },
          })
        ).cart,
      get: async (id: string) =>
        (await call<{ cart: StoreCart }>(`/store/carts/${id}`, { query: { fields: CART_FIELDS } })).cart,
      update: async (
        id: string,
        body: {
          region_id?: string
          email?: string
          shipping_address?: StoreAddress
          billing_address?: StoreAddress
        },
      ) =>
        (
          await call<{ cart: StoreCartRef }>(`/store/carts/${id}`, {
            method: "POST",
            body,
            query: { fields: CART_REF_FIELDS },
          })
        ).cart,
      /** Answers the cart's lines and their quantities: what the shop's cart badge counts. */
      addItem: async (id: string, variantId: string, quantity: number) =>
        (
          await call<{ cart: StoreCartQuantities }>(`/store/carts/${id}/line-items`, {
            method: "POST",
            body: { variant_id: variantId, quantity },
            query: { fields: CART_QUANTITIES_FIELDS },
          })
        ).cart,
      /** Several products in one request (one run of the cart's workflow): all are added, or none. */
      addItems: async (id: string, items: { variant_id: string; quantity: number }[]) =>
        (
          await call<{ cart: StoreCartRef }>(`/store/carts/${id}/line-items/batch`, {
            method: "POST",
            body: { items },
            query: { fields: CART_REF_FIELDS },
          })
        ).cart,
      updateItem: async (id: string, lineId: string, quantity: number) =>
        (
          await call<{ cart: StoreCartRef }>(`/store/carts/${id}/line-items/${lineId}`, {
            method: "POST",
            body: { quantity },
            query: { fields: CART_REF_FIELDS },
          })
        ).cart,
      removeItem: (id: string, lineId: string) =>
        call<{ deleted: boolean }>(`/store/carts/${id}/line-items/${lineId}`, { method: "DELETE" }),
      /** Usra's one-parcel estimate: price, weight, processing and delivery days. 400 without an address. */
      shippingEstimate: async (id: string) =>
        (await call<{ shipping_estimate: StoreShippingEstimate }>(`/store/carts/${id}/shipping-estimate`))
          .shipping_estimate,
      /** One shipping method per cart, priced by the server (no amount). */
      setShippingMethod: async (id: string, optionId: string) =>
        (
          await call<{ cart: StoreCartRef }>(`/store/carts/${id}/shipping-methods`, {
            method: "POST",
            body: { option_id: optionId },
            query: { fields: CART_REF_FIELDS },
          })
        ).cart,
      /** Attaches the signed-in customer (this client's token) to the cart. */
      transferToCustomer: async (id: string) =>
        (
          await call<{ cart: StoreCartRef }>(`/store/carts/${id}/customer`, {
            method: "POST",
            query: { fields: CART_REF_FIELDS },
          })
        ).cart,
      /**
       * Places the order (POST /store/carts/:id/place-order, Medusa's complete-cart without stored checkpoints),
       * authorizing the card its payment session recorded: the order, or the cart again with an `error` (a decline,
       * or 3-D Secure to do: the card session then holds the intent's client secret and next action).
       */
      complete: (id: string) =>
        call<
          | { type: "order"; order: StorePlacedOrder }
          | { type: "cart"; cart: StoreCart; error: { type?: string; message?: string; name?: string } }
        >(`/store/carts/${id}/place-order`, { method: "POST", query: { fields: PLACED_ORDER_FIELDS } }),
    },

    shipping: {
      /** Each zone's countries and transit days (GET /store/shipping-zones). */
      zones: async () =>
        (await call<{ shipping_zones: StoreShippingZone[] }>("/store/shipping-zones")).shipping_zones,
    },

    payments: {
      createCollection: async (cartId: string) =>
        (
          await call<{ payment_collection: StorePaymentCollectionRef }>("/store/payment-collections", {
            method: "POST",
            body: { cart_id: cartId },
            query: { fields: PAYMENT_COLLECTION_REF_FIELDS },
          })
        ).payment_collection,
      /**
       * A card payment session: `paymentMethod` is the PaymentMethod the card form made (pm_...), which the
       * backend charges when the order is placed (`carts.complete`); `saveCard` keeps a new card for a signed-in
       * buyer. Another buyer's saved card throws UsraApiError (403), a bad choice 400.
       */
      createCardSession: async (
        collectionId: string,
        paymentMethod: string,
        returnUrl?: string,
        saveCard = false,
      ) =>
        (
          await call<{ payment_collection: StorePaymentCollectionRef }>(
            `/store/payment-collections/${collectionId}/payment-sessions`,
            {
              method: "POST",
              query: { fields: PAYMENT_COLLECTION_REF_FIELDS },
              body: {
                provider_id: "pp_stripe_stripe",
                data: {
                  payment_method: paymentMethod,
                  ...(returnUrl ? { return_url: returnUrl } : {}),
                  ...(saveCard ? { save_card: true } : {}),
                },
              },
            },
          )
        ).payment_collection,
    },

    orders: {
      /** The signed-in customer's orders, newest first. */
      list: (query: { limit?: number; offset?: number } = {}) =>
        call<{ orders: StoreOrderSummary[]; count: number }>("/store/orders", {
          query: {
            fields: "id,display_id,status,created_at,currency_code,total,*items",
            order: "-created_at",
            limit: query.limit ?? 20,
            offset: query.offset ?? 0,
          },
        }),
      /** The signed-in buyer's order split per family; 404 for anyone else's. */
      get: async (id: string) => (await call<{ order: BuyerOrder }>(`/store/orders/${id}/families`)).order,
      /** The signed-in buyer's tracking timeline; 404 for anyone else's order. */
      tracking: (id: string) => call<OrderTracking>(`/store/orders/${encodeURIComponent(id)}/tracking`),
      /** A guest finds an order by its email and number; a wrong pair is 404 either way. */
      lookup: async (email: string, displayId: number) =>
        (
          await call<{ order: BuyerOrder }>("/store/orders/lookup", {
            method: "POST",
            body: { email, display_id: displayId },
          })
        ).order,
    },

    reviews: {
      /** A product's published reviews and rating; 404 for a product that is not on sale. */
      ofProduct: (productId: string, page: { limit?: number; offset?: number } = {}) =>
        call<Page<"reviews", PublicReview> & { rating: RatingSummary }>(
          `/store/products/${encodeURIComponent(productId)}/reviews`,
          { query: { limit: page.limit, offset: page.offset } },
        ),
      /** An approved family's published reviews and rating. */
      ofFamily: (handle: string, page: { limit?: number; offset?: number } = {}) =>
        call<Page<"reviews", PublicReview> & { rating: RatingSummary }>(
          `/store/families/${encodeURIComponent(handle)}/reviews`,
          { query: { limit: page.limit, offset: page.offset } },
        ),
      /** The signed-in buyer reviews a delivered item: 409 before delivery or a second time. */
      create: (body: { order_id: string; line_item_id: string; rating: number; text: string }) =>
        call<{ review: PublicReview; rating: RatingSummary }>("/store/reviews", { method: "POST", body }),
      /** The signed-in buyer's reviews and the delivered items still waiting for one. */
      mine: () =>
        call<Page<"reviews", FullReview> & { awaiting_review: AwaitingReview[] }>(
          "/store/customers/me/reviews",
          {
            query: { limit: 50 },
          },
        ),
    },

    favourites: {
      list: () =>
        call<Page<"favourites", Favourite>>("/store/customers/me/favourites", { query: { limit: 100 } }),
      add: (productId: string) =>
        call<{ favourite: Favourite }>("/store/customers/me/favourites", {
          method: "POST",
          body: { product_id: productId },
        }),
      remove: (productId: string) =>
        call<{ deleted: boolean }>(`/store/customers/me/favourites/${encodeURIComponent(productId)}`, {
          method: "DELETE",
        }),
    },

    customers: {
      /** Creates the login, then the customer; answers the customer and a token for the session cookie. */
      register: async (input: {
        email: string
        password: string
        first_name?: string
        last_name?: string
      }) => {
        const registration = await call<{ token: string }>("/auth/customer/emailpass/register", {
          method: "POST",
          body: { email: input.email, password: input.password },
        })
        const { customer } = await call<{ customer: StoreCustomer }>("/store/customers", {
          method: "POST",
          token: registration.token,
          body: { email: input.email, first_name: input.first_name, last_name: input.last_name },
        })
        const token = await store.customers.login(input.email, input.password)
        return { customer, token }
      },
      /** A token for the email and password; 401 as UsraApiError when they do not match. */
      login: async (email: string, password: string) => {
        const { token } = await call<{ token: string }>("/auth/customer/emailpass", {
          method: "POST",
          body: { email, password },
        })
        return token
      },
      me: async () =>
        (
          await call<{ customer: StoreCustomer }>("/store/customers/me", {
            query: { fields: "id,email,first_name,last_name,*addresses" },
          })
        ).customer,
      addresses: addressRoutes(call),
      savedCards: savedCardRoutes(call),
    },
  }
  return store
}

export type UsraClient = ReturnType<typeof createUsraClient>
