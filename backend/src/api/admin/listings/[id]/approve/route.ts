/**
 * POST /admin/listings/:id/approve: publishes a pending listing. Any body field: 400. Unknown: 404. Not
 * pending_review, or the family is not approved: 409 naming the status.
 */
import { listingModerationRoute } from "../../moderation-route"

export const POST = listingModerationRoute("approve")
