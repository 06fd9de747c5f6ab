import { z } from "zod"
import { pagination } from "../../utils/pagination"

export const SellerOrdersQuery = z.object({
  ...pagination(),
})
export type SellerOrdersQuery = z.infer<typeof SellerOrdersQuery>
