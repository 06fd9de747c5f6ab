import type { SendNotificationPayload } from "@usra/types"
import type { ConsignmentContext } from "../steps/load-consignment-context"
import type { ConsignmentRefundPlan } from "../steps/plan-consignment-refund"
import { buyerNotification, familyNotifications, moneyParams } from "./notifications"
import { itemLines } from "./services"

/** The family learns why its consignment ended; the buyer what was refunded (or that the order was cancelled). */
export function cancellationNotifications(
  context: ConsignmentContext,
  plan: ConsignmentRefundPlan,
  reason: { ar: string; en: string },
): SendNotificationPayload[] {
  const { consignment, family, order } = context
  const money = moneyParams("amount", plan.amount_minor, plan.currency_code)
  const buyer =
    plan.mode === "order"
      ? buyerNotification("order_canceled", order.email, consignment.order_id, {
          order: `#${consignment.display_id}`,
          ...money,
        })
      : buyerNotification("order_items_refunded", order.email, consignment.id, {
          order: `#${consignment.display_id}`,
          items: itemLines(consignment.items),
          ...money,
        })
  return [
    ...familyNotifications("consignment_cancelled", consignment, family, {
      reason_ar: reason.ar,
      reason_en: reason.en,
    }),
    ...buyer,
  ]
}
