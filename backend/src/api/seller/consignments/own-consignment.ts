import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import { sellerConsignmentFields } from "./fields"

/** One of the family's consignments; another family's, or one that does not exist, is the same 404. */
export async function ownConsignment(req: AuthenticatedMedusaRequest, familyId: string) {
  const [consignment] = await req.scope
    .resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE)
    .listConsignments({ id: req.params.id, family_id: familyId }, { select: sellerConsignmentFields })
  if (!consignment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consignment not found")
  return consignment
}
