// Data the console's end-to-end tests work on, made through the real API as people would make it: a buyer's
// order (so hub staff have a consignment to receive), and a second order carried all the way to a payout batch
// that finance approves (received, shipped, delivered, released after the return window, paid by a run that the
// super admin started, so a second finance user may approve it).

export const STAFF_PASSWORD = "usra-demo-2026"
export const ADMIN = {
  email: process.env.USRA_ADMIN_EMAIL ?? "admin@usra.jo",
  password: process.env.USRA_ADMIN_PASSWORD ?? "usra-admin-2026",
}
export const FAMILY = { email: "family@usra.jo", password: "usra-family-2026" }

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export function client(backendUrl, publishableKey) {
  async function call(path, { method = "GET", body, token, store = false } = {}) {
    const headers = {}
    if (body !== undefined) headers["content-type"] = "application/json"
    if (token) headers.authorization = `Bearer ${token}`
    if (store) headers["x-publishable-api-key"] = publishableKey
    const response = await fetch(`${backendUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let json = {}
    try {
      json = text ? JSON.parse(text) : {}
    } catch {
      json = { text }
    }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 400)}`)
    return json
  }
  const login = async (actor, email, password) =>
    (await call(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })).token
  return { call, login }
}

/** Polls `read` until it returns something truthy. */
export async function waitFor(read, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await sleep(250)
  }
}

/** ISO 13616 check digits for a Jordanian IBAN body (bank code, branch, account). */
export function jordanIban(bban) {
  const digits = `${bban}JO00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
  let remainder = 0
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  return `JO${String(98 - remainder).padStart(2, "0")}${bban}`
}

/** A buyer with an account (reviews are written by signed-in buyers of delivered items); returns their token. */
async function registerBuyer(api, email) {
  const password = "a-strong-password-7"
  const { token } = await api.call("/auth/customer/emailpass/register", {
    method: "POST",
    store: true,
    body: { email, password },
  })
  await api.call("/store/customers", {
    method: "POST",
    store: true,
    token,
    body: { email, first_name: "Lena", last_name: "Fischer" },
  })
  return api.login("customer", email, password)
}

async function placeOrder(api, familyToken, email, index, buyerToken) {
  const { products } = await api.call("/seller/products?limit=100", { token: familyToken })
  const onSale = products.filter((product) => product.on_sale && (product.stock ?? 0) > 5)
  const product = onSale[index % onSale.length]
  if (!product) throw new Error("the demo family has no product on sale")
  const { regions } = await api.call("/store/regions?limit=50", { store: true })
  const region = regions.find((candidate) => candidate.currency_code === "jod")
  const { products: storeProducts } = await api.call(
    `/store/products?handle=${product.handle}&fields=id,*variants`,
    {
      store: true,
    },
  )
  const variantId = storeProducts[0]?.variants?.[0]?.id
  const address = {
    first_name: "Lena",
    last_name: "Fischer",
    address_1: "12 Rainbow Street",
    city: "Amman",
    postal_code: "11181",
    country_code: "jo",
  }
  const { cart } = await api.call("/store/carts", {
    method: "POST",
    store: true,
    body: { region_id: region.id },
  })
  if (buyerToken)
    await api.call(`/store/carts/${cart.id}/customer`, { method: "POST", store: true, token: buyerToken })
  await api.call(`/store/carts/${cart.id}/line-items`, {
    method: "POST",
    store: true,
    body: { variant_id: variantId, quantity: 1 },
  })
  await api.call(`/store/carts/${cart.id}`, {
    method: "POST",
    store: true,
    body: { email, shipping_address: address, billing_address: address },
  })
  const { shipping_options } = await api.call(`/store/shipping-options?cart_id=${cart.id}`, { store: true })
  await api.call(`/store/carts/${cart.id}/shipping-methods`, {
    method: "POST",
    store: true,
    body: { option_id: shipping_options[0].id },
  })
  const { payment_collection } = await api.call("/store/payment-collections", {
    method: "POST",
    store: true,
    body: { cart_id: cart.id },
  })
  await api.call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    store: true,
    body: { provider_id: "pp_system_default" },
  })
  const completed = await api.call(`/store/carts/${cart.id}/complete`, { method: "POST", store: true })
  if (completed.type !== "order")
    throw new Error(`checkout did not make an order: ${JSON.stringify(completed)}`)
  return completed.order
}

async function consignmentOf(api, adminToken, orderId) {
  return waitFor(async () => {
    const { consignments } = await api.call(`/admin/consignments?order_id=${orderId}`, { token: adminToken })
    return consignments[0]
  }, `the consignment of ${orderId}`)
}

/**
 * Makes the fixtures and returns what the tests need: the code of a consignment waiting at the hub, and the id of
 * a payout batch waiting for a second finance user's approval.
 */
export async function makeFixtures({ backendUrl, publishableKey, log = () => {} }) {
  const api = client(backendUrl, publishableKey)
  const admin = await api.login("user", ADMIN.email, ADMIN.password)
  const hub = await api.login("user", "hub@usra.jo", STAFF_PASSWORD)
  const family = await api.login("seller", FAMILY.email, FAMILY.password)

  const waiting = await placeOrder(api, family, "waiting-buyer@example.com", 0)
  const buyerEmail = "paid-buyer@example.com"
  const buyer = await registerBuyer(api, buyerEmail)
  const paid = await placeOrder(api, family, buyerEmail, 1, buyer)
  const [toReceive, toPay] = await Promise.all([
    consignmentOf(api, admin, waiting.id),
    consignmentOf(api, admin, paid.id),
  ])
  log(`orders #${waiting.display_id} (consignment ${toReceive.code}) and #${paid.display_id}`)

  // The second order goes all the way: received, shipped, delivered, released, paid out in a run.
  await api.call(`/admin/consignments/${toPay.id}/receive`, { method: "POST", token: hub, body: {} })
  const shipment = await waitFor(async () => {
    const { shipments } = await api.call(`/admin/shipments?order_id=${paid.id}`, { token: hub })
    return shipments[0]?.fulfillment_id ? shipments[0] : undefined
  }, "the shipment")
  await api.call(`/admin/shipments/${shipment.id}/dispatch`, {
    method: "POST",
    token: hub,
    body: { carrier: "aramex", tracking_number: `AR${Date.now()}` },
  })
  await api.call(`/admin/shipments/${shipment.id}/events`, {
    method: "POST",
    token: hub,
    body: {
      status: "delivered",
      description: "Delivered to the buyer",
      occurred_at: new Date().toISOString(),
    },
  })
  // The buyer reviews what arrived, so a reviewer has a review to moderate.
  const [delivered] = await waitFor(async () => {
    const { awaiting_review } = await api.call("/store/customers/me/reviews", { store: true, token: buyer })
    return awaiting_review.length ? awaiting_review : undefined
  }, "the delivered item to review")
  const reviewText = "The maftoul arrived broken and the seller is a thief, call 0790000000"
  const { review } = await api.call("/store/reviews", {
    method: "POST",
    store: true,
    token: buyer,
    body: { order_id: delivered.order_id, line_item_id: delivered.line_item_id, rating: 1, text: reviewText },
  })
  await api.call("/seller/payout-account", {
    method: "POST",
    token: family,
    body: { account_holder_name: "Umm Khalil", iban: jordanIban("CBJO0010000000000131000302") },
  })
  const me = await api.call("/seller/me", { token: family })
  const familyId = me.family?.id ?? me.member?.family_id
  await waitFor(
    async () => {
      const { balance } = await api.call("/seller/balance", { token: family })
      return balance.available > 0
    },
    "the released balance",
    60_000,
  )
  await api.call("/admin/payout-runs", { method: "POST", token: admin, body: { threshold: 1 } })
  const batch = await waitFor(
    async () => {
      const { payout_batches } = await api.call("/admin/payout-batches?status=pending_approval", {
        token: admin,
      })
      return payout_batches[0]
    },
    "the payout batch",
    60_000,
  )
  log(`payout batch ${batch.id} for family ${familyId}`)
  return {
    consignmentCode: toReceive.code,
    consignmentId: toReceive.id,
    shipmentId: shipment.id,
    batchId: batch.id,
    familyId,
    publishableKey,
    review: { id: review.id, productId: delivered.product_id, text: reviewText },
  }
}
