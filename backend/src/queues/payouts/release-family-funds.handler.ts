import { releaseFamilyFundsWorkflow } from "../../workflows/payouts/workflows/release-family-funds"
import type { JobHandler } from "../define-job"
import type { releaseFamilyFundsJob } from "./release-family-funds"

/** Books the family's entries for the order; running it again (or after the job left Redis) books nothing new. */
export const releaseFamilyFunds: JobHandler<typeof releaseFamilyFundsJob.payload> = async ({
  payload,
  job,
  container,
}) => {
  const { result } = await releaseFamilyFundsWorkflow(container).run({
    input: { ...payload, job_id: job.id ?? null },
  })
  return result
}
