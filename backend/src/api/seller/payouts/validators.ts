import { z } from "zod"
import { pagination } from "../../utils/pagination"

export const SellerPayoutsQuery = z.strictObject({ ...pagination() })
export type SellerPayoutsQuery = z.infer<typeof SellerPayoutsQuery>

export const SellerLedgerQuery = z.strictObject({ ...pagination(50) })
export type SellerLedgerQuery = z.infer<typeof SellerLedgerQuery>
