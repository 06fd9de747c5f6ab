import { openConsignmentsWorkflow } from "../../workflows/consignments/workflows/open-consignments"
import type { JobHandler } from "../define-job"
import type { openConsignmentsJob } from "./open-consignments"

/** Creates the order's missing consignments; safe to run again. */
export const openConsignments: JobHandler<typeof openConsignmentsJob.payload> = async ({
  payload,
  container,
}) => {
  const { result } = await openConsignmentsWorkflow(container).run({ input: payload })
  return { created: result.length }
}
