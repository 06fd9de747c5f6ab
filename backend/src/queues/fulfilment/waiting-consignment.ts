import type { MedusaContainer } from "@medusajs/framework/types"
import { CONSIGNMENTS_MODULE } from "../../modules/consignments"
import type ConsignmentsModuleService from "../../modules/consignments/service"

const WAITING = new Set(["awaiting_dropoff", "ready"])

/**
 * The consignment when it still waits to be dropped off, else the reason a delayed job has nothing to do. The
 * job's time is not checked: BullMQ ran it because its delay passed (or someone promoted it on purpose).
 */
export async function waitingConsignment(container: MedusaContainer, id: string) {
  const [consignment] = await container
    .resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
    .listConsignments({ id })
  if (!consignment) return { skipped: "the consignment no longer exists" } as const
  if (!WAITING.has(consignment.status))
    return { skipped: `the consignment is ${consignment.status}` } as const
  return { consignment } as const
}
