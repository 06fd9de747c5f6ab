import { ConsignmentStatus } from "@usra/types"
import { z } from "zod"
import { pagination } from "../../utils/pagination"

export const SellerConsignmentsQuery = z.object({
  ...pagination(),
  status: ConsignmentStatus.optional(),
})
export type SellerConsignmentsQuery = z.infer<typeof SellerConsignmentsQuery>
