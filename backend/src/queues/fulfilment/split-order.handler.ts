import { splitOrderByFamilyWorkflow } from "../../workflows/family-orders/workflows/split-order-by-family"
import type { JobHandler } from "../define-job"
import type { splitOrderJob } from "./split-order"

/** Creates the order's child orders; safe to run again (existing ones are kept, not duplicated). */
export const splitOrder: JobHandler<typeof splitOrderJob.payload> = async ({ payload, container }) => {
  const { result } = await splitOrderByFamilyWorkflow(container).run({ input: payload })
  return { created: result.length }
}
