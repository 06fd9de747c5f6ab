import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsignmentStatus } from "@usra/types"
import { type ConsignmentAction, consignmentTransition } from "../../../lib/consignments/transitions"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { consignmentsService } from "../utils/services"

export type TransitionConsignmentInput = {
  consignment_id: string
  action: ConsignmentAction
  /** The fields the move sets besides the status (who, when, why). */
  data: Record<string, unknown>
}

export const transitionConsignmentStepId = "transition-consignment"

/**
 * Moves a consignment to the status the action leads to, reading it again under the order's lock: a move its
 * current status does not allow is a 409 naming the rule. Compensation puts the status and fields back.
 */
export const transitionConsignmentStep = createStep(
  transitionConsignmentStepId,
  async (input: TransitionConsignmentInput, { container }) => {
    const service = consignmentsService(container)
    const before = (await service.retrieveConsignment(input.consignment_id)) as unknown as Record<
      string,
      unknown
    >
    const move = consignmentTransition(before.status as ConsignmentStatus, input.action)
    if (!move.ok) throw new ConflictError(move.message)
    const keys = ["status", ...Object.keys(input.data)]
    const previous = Object.fromEntries(keys.map((key) => [key, before[key] ?? null]))
    const updated = await service.updateConsignments({
      id: input.consignment_id,
      ...input.data,
      status: move.to,
    })
    return new StepResponse(updated, { id: input.consignment_id, data: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await consignmentsService(container).updateConsignments({ id: previous.id, ...previous.data })
  },
)
