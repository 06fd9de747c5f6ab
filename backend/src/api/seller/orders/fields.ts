// What a family sees of its child orders: what to make, never who the buyer is or where the parcel goes.
export const sellerOrderFields = [
  "id",
  "order_id",
  "display_id",
  "status",
  "currency_code",
  "item_count",
  "subtotal",
  // The family's share in JOD fils, locked when the order was placed: what its sales figures add up.
  "subtotal_jod",
  "items",
  "created_at",
]
