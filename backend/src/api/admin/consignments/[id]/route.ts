import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminConsignment } from "../view"

/** GET /admin/consignments/:id: one consignment with its family's names. Unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ consignment: await adminConsignment(req.scope, req.params.id as string) })
}
