import { randomBytes } from "node:crypto"
import { z } from "zod"
import { defineJob } from "../define-job"

export const RepriceAllPayload = z.object({
  run_id: z.string().regex(/^[a-z0-9-]{1,64}$/, "run_id must be lower-case letters, digits and dashes"),
  requested_by: z.string().nullable().optional(),
})

/** Reprices the whole catalogue at the current rates. Every run is its own job: its id is the admin's handle. */
export const repriceAllJob = defineJob({
  queue: "pricing",
  name: "reprice-all",
  payload: RepriceAllPayload,
  jobId: (payload) => `reprice-all-${payload.run_id}`,
})

export function newRepriceRunId(now = Date.now()): string {
  return `${now}-${randomBytes(4).toString("hex")}`
}
