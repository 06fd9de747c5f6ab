// What a family sees of its consignments: what to bring, where and by when; never the buyer, never who at the hub.
export const sellerConsignmentFields = [
  "id",
  "order_id",
  "display_id",
  "family_order_id",
  "code",
  "hub",
  "items",
  "status",
  "dropoff_deadline",
  "ready_at",
  "received_at",
  "rejected_at",
  "rejection_reason",
  "cancelled_at",
  "cancellation_reason",
  "created_at",
]
