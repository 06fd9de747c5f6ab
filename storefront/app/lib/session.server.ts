import { createCookie } from "react-router"
import { config } from "./config.server"

const secure = process.env.NODE_ENV === "production" && !process.env.STOREFRONT_INSECURE_COOKIES
const base = { path: "/", sameSite: "lax" as const, httpOnly: true, secure }
const secrets = () => [config().cookieSecret]

const cartCookie = createCookie("usra_cart", { ...base, maxAge: 60 * 60 * 24 * 30 })
const countryCookie = createCookie("usra_country", { ...base, maxAge: 60 * 60 * 24 * 365 })
const customerCookie = createCookie("usra_customer", {
  ...base,
  maxAge: 60 * 60 * 24 * 7,
  secrets: secrets(),
})
const lastOrderCookie = createCookie("usra_last_order", { ...base, maxAge: 60 * 60 * 24, secrets: secrets() })

export type Session = {
  cartId: string | null
  country: string
  token: string | null
  lastOrder: { email: string; display_id: number } | null
}

const cookieHeader = (request: Request) => request.headers.get("cookie")

/** What the buyer's cookies say: the cart, the shipping country, the customer's login and the last order. */
export async function readSession(request: Request): Promise<Session> {
  const header = cookieHeader(request)
  const [cartId, country, token, lastOrder] = await Promise.all([
    cartCookie.parse(header),
    countryCookie.parse(header),
    customerCookie.parse(header),
    lastOrderCookie.parse(header),
  ])
  return {
    cartId: typeof cartId === "string" && cartId ? cartId : null,
    country: typeof country === "string" && /^[a-z]{2}$/.test(country) ? country : config().defaultCountry,
    token: typeof token === "string" && token ? token : null,
    lastOrder:
      lastOrder && typeof lastOrder.email === "string" && Number.isInteger(lastOrder.display_id)
        ? lastOrder
        : null,
  }
}

export const setCart = (cartId: string | null) =>
  cartId ? cartCookie.serialize(cartId) : cartCookie.serialize("", { maxAge: 0 })
export const setCountry = (country: string) => countryCookie.serialize(country)
export const setCustomer = (token: string | null) =>
  token ? customerCookie.serialize(token) : customerCookie.serialize("", { maxAge: 0 })
export const setLastOrder = (order: { email: string; display_id: number }) => lastOrderCookie.serialize(order)

/** Headers carrying several Set-Cookie lines. */
export function withCookies(...cookies: string[]): Headers {
  const headers = new Headers()
  for (const cookie of cookies) headers.append("set-cookie", cookie)
  return headers
}
