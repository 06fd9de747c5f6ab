import type { MedusaContainer } from "@medusajs/framework/types"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../modules/family-orders/service"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"
import { releaseFamilyFundsJob } from "../../../queues/payouts/release-family-funds"
import { payoutsService } from "../../../workflows/payouts/utils/payouts-service"

const MAX_UPCOMING = 50

/**
 * The family's orders whose money is not in the balance yet: not cancelled and not released. Delivered ones say
 * when they are released (the delayed release job's time); the others wait for delivery and the return window.
 * Amounts are the locked JOD value less refunds, before commission.
 */
export async function upcomingReleases(container: MedusaContainer, familyId: string) {
  const orders = await container
    .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
    .listFamilyOrders(
      { family_id: familyId, status: { $ne: "canceled" } },
      { order: { created_at: "DESC" }, take: 500 },
    )
  if (orders.length === 0) return []
  const payouts = payoutsService(container)
  const [sales, refunds] = await Promise.all([
    payouts.listLedgerEntries(
      { family_id: familyId, kind: "sale", order_id: orders.map((order) => order.order_id) },
      { select: ["order_id"] },
    ),
    payouts.listFamilyRefunds(
      { family_order_id: orders.map((order) => order.id) },
      { select: ["family_order_id", "amount_jod"] },
    ),
  ])
  const released = new Set(sales.map((entry) => entry.order_id))
  const pending = orders.filter((order) => !released.has(order.order_id)).slice(0, MAX_UPCOMING)
  const queue = container.resolve<QueueModuleService>(QUEUE_MODULE)
  return Promise.all(
    pending.map(async (order) => {
      const refunded = refunds
        .filter((refund) => refund.family_order_id === order.id)
        .reduce((sum, refund) => sum + refund.amount_jod, 0)
      const job =
        order.status === "delivered"
          ? await queue
              .getJob(
                "payouts",
                releaseFamilyFundsJob.jobId({ order_id: order.order_id, family_id: familyId }),
              )
              .catch(() => null)
          : null
      return {
        family_order_id: order.id,
        order_id: order.order_id,
        display_id: order.display_id,
        status: order.status,
        amount_jod: (order.subtotal_jod ?? 0) - refunded,
        release_at: job?.run_at ?? null,
      }
    }),
  )
}
