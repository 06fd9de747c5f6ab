import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"

type Scope = Pick<MedusaContainer, "resolve">

export type OrderLine = {
  order_id: string
  display_id: number
  customer_id: string | null
  line_item_id: string
  product_id: string | null
  title: string
  thumbnail: string | null
  product_handle: string | null
  delivered: boolean
}

type OrderRow = {
  id: string
  display_id: number
  customer_id: string | null
  items?: {
    id: string
    title: string
    thumbnail: string | null
    product_id: string | null
    product_handle?: string | null
    detail?: { delivered_quantity?: number | string | null } | null
  }[]
}

/**
 * Every line of these orders and whether it reached the buyer: Medusa's fulfillment marked it delivered, or the
 * order's shipment (consignments module) is delivered and the line's consignment was received at the hub (a line
 * whose consignment was cancelled or rejected never travelled, so it is not delivered).
 */
export async function orderLines(scope: Scope, orderIds: string[]): Promise<OrderLine[]> {
  if (orderIds.length === 0) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "items.id",
      "items.title",
      "items.thumbnail",
      "items.product_id",
      "items.product_handle",
      "items.detail.delivered_quantity",
    ],
    filters: { id: orderIds },
  })
  const orders = data as unknown as OrderRow[]
  const consignments = scope.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
  const shipments = await consignments.listShipments(
    { order_id: orderIds, status: "delivered" },
    { select: ["order_id"] },
  )
  const shippedOrders = shipments.map((shipment) => shipment.order_id)
  const received = shippedOrders.length
    ? await consignments.listConsignments(
        { order_id: shippedOrders, status: "received" },
        { select: ["order_id", "items"] },
      )
    : []
  const travelled = new Set(
    received.flatMap((row) =>
      (Array.isArray(row.items) ? (row.items as { line_item_id?: string }[]) : []).map(
        (item) => item.line_item_id,
      ),
    ),
  )
  return orders.flatMap((order) =>
    (order.items ?? []).map((item) => ({
      order_id: order.id,
      display_id: order.display_id,
      customer_id: order.customer_id,
      line_item_id: item.id,
      product_id: item.product_id,
      title: item.title,
      thumbnail: item.thumbnail,
      product_handle: item.product_handle ?? null,
      delivered: Number(item.detail?.delivered_quantity ?? 0) > 0 || travelled.has(item.id),
    })),
  )
}
