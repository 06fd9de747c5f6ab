// Customers: create, retrieve (a deleted one reads as `{ id, object, deleted: true }`), update, delete, list.
import type Stripe from "stripe"
import { previousAttributes } from "../events"
import { newId, nowSeconds, randomString } from "../ids"
import { paginate } from "../list"
import { getCustomer } from "../lookup"
import {
  applyMetadata,
  optNullableString,
  optObject,
  optString,
  optStringArray,
  type Params,
  reqString,
} from "../params"
import { type Core, type Origin, route } from "../router"
import { attachIfNeeded, detachAllOf, resolvePaymentMethod } from "./payment-methods"

export function readAddress(params: Params, prefix: string): Stripe.Address {
  const text = (name: string) => optString(params, name, prefix) || null
  return {
    city: text("city"),
    country: text("country"),
    line1: text("line1"),
    line2: text("line2"),
    postal_code: text("postal_code"),
    state: text("state"),
  }
}

/** `shipping[name|phone|address[...]]`; `shipping=""` clears it (null). */
export function readShipping(params: Params, name = "shipping"): Stripe.Customer.Shipping | null | undefined {
  const shipping = optObject(params, name)
  if (shipping === undefined || shipping === null) return shipping
  const address = optObject(shipping, "address", name)
  return {
    address: address ? readAddress(address, `${name}[address]`) : undefined,
    name: reqString(shipping, "name", name),
    phone: optString(shipping, "phone", name) ?? null,
  }
}

function applyFields(core: Core, customer: Stripe.Customer, params: Params, origin: Origin): void {
  const set = <K extends "email" | "name" | "phone" | "description">(key: K) => {
    const value = optNullableString(params, key)
    if (value !== undefined) customer[key] = value
  }
  set("email")
  set("name")
  set("phone")
  set("description")
  const address = optObject(params, "address")
  if (address !== undefined) customer.address = address && readAddress(address, "address")
  const shipping = readShipping(params)
  if (shipping !== undefined) customer.shipping = shipping
  const locales = optStringArray(params, "preferred_locales")
  if (locales) customer.preferred_locales = locales
  customer.metadata = applyMetadata(customer.metadata, params)
  const paymentMethodId = optString(params, "payment_method")
  if (paymentMethodId) attachIfNeeded(core, resolvePaymentMethod(core, paymentMethodId), customer.id, origin)
  const invoiceSettings = optObject(params, "invoice_settings")
  const defaultPm = invoiceSettings ? optNullableString(invoiceSettings, "default_payment_method") : undefined
  if (defaultPm !== undefined) {
    if (defaultPm) attachIfNeeded(core, resolvePaymentMethod(core, defaultPm), customer.id, origin)
    customer.invoice_settings = { ...customer.invoice_settings, default_payment_method: defaultPm }
  }
}

export const customerRoutes = [
  route("POST", "/v1/customers", (req, core) => {
    const customer: Stripe.Customer = {
      id: newId("cus"),
      object: "customer",
      address: null,
      balance: 0,
      created: nowSeconds(),
      currency: null,
      customer_account: null,
      default_source: null,
      delinquent: false,
      description: null,
      discount: null,
      email: null,
      invoice_prefix: randomString(8).toUpperCase(),
      invoice_settings: {
        custom_fields: null,
        default_payment_method: null,
        footer: null,
        rendering_options: null,
      },
      livemode: false,
      metadata: {},
      name: null,
      next_invoice_sequence: 1,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: "none",
      test_clock: null,
    }
    core.store.customers.set(customer.id, customer)
    applyFields(core, customer, req.params, req)
    core.events.emit("customer.created", customer, req)
    return customer
  }),
  route("GET", "/v1/customers/:id", (req, core) => {
    const id = req.pathParams.id ?? ""
    return core.store.customers.get(id) ?? getCustomer(core.store, id)
  }),
  route("POST", "/v1/customers/:id", (req, core) => {
    const customer = getCustomer(core.store, req.pathParams.id ?? "")
    const before = structuredClone(customer)
    applyFields(core, customer, req.params, req)
    const previous = previousAttributes(before, customer)
    if (Object.keys(previous).length > 0) core.events.emit("customer.updated", customer, req, { previous })
    return customer
  }),
  route("DELETE", "/v1/customers/:id", (req, core) => {
    const customer = getCustomer(core.store, req.pathParams.id ?? "")
    const deleted: Stripe.DeletedCustomer = { id: customer.id, object: "customer", deleted: true }
    core.store.customers.set(customer.id, deleted)
    detachAllOf(core, customer.id)
    core.events.emit("customer.deleted", customer, req)
    return deleted
  }),
  route("GET", "/v1/customers", (req, core) => {
    const email = optString(req.params, "email")
    const items = [...core.store.customers.values()].filter(
      (c): c is Stripe.Customer => !c.deleted && (!email || c.email === email),
    )
    return paginate(items, req.params, "/v1/customers")
  }),
]
