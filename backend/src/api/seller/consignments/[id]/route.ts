import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerContext } from "../../utils/seller-context"
import { ownConsignment } from "../own-consignment"

/** GET /seller/consignments/:id: one of the family's consignments. Another family's or unknown: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  res.json({ consignment: await ownConsignment(req, seller.family_id) })
}
