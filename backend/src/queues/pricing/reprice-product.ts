import { z } from "zod"
import { defineJob } from "../define-job"

export const RepriceProductPayload = z.object({
  product_id: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/, "product_id must be a product id such as prod_01JABCDEF"),
  updated_at: z.iso.datetime({ offset: true, error: "updated_at must be an ISO 8601 date-time" }),
})

/**
 * Reprices one product. The job id carries the product's updated_at, so repeated events for one edit collapse
 * into one job while every later edit gets its own (a hash of the JOD price would collapse an edit back to an
 * earlier price into that price's finished job, and the prices would stay stale).
 */
export const repriceProductJob = defineJob({
  queue: "pricing",
  name: "reprice-product",
  payload: RepriceProductPayload,
  jobId: (payload) => `reprice-product-${payload.product_id}-${Date.parse(payload.updated_at)}`,
})
