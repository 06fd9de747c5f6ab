import type { MedusaContainer } from "@medusajs/framework/types"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../modules/family-orders/service"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"

type Scope = Pick<MedusaContainer, "resolve">

export const consignmentsService = (scope: Scope) =>
  scope.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
export const familyOrdersService = (scope: Scope) =>
  scope.resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
export const familiesService = (scope: Scope) => scope.resolve<FamilyModuleService>(FAMILY_MODULE)
export const queueService = (scope: Scope) => scope.resolve<QueueModuleService>(QUEUE_MODULE)

/** Every change to an order's consignments or shipment runs under this lock, so "all received" is decided once. */
export const orderLockKey = (orderId: string) => `consignments-order-${orderId}`

/** The lock's wait and lifetime, in seconds. */
export const ORDER_LOCK = { timeout: 30, ttl: 120 }

export type ConsignmentItem = {
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  title: string
  quantity: number
}

export const itemsOf = (value: unknown): ConsignmentItem[] =>
  (Array.isArray(value) ? value : []) as ConsignmentItem[]

export const itemLines = (items: ConsignmentItem[]) =>
  items.map((item) => `${item.quantity} × ${item.title}`).join("\n")

/** A safe fragment of an idempotency key for an email address. */
export const emailKey = (email: string) => email.replace(/[^a-zA-Z0-9]/g, "_")
