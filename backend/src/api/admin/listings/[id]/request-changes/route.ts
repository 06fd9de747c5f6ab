/**
 * POST /admin/listings/:id/request-changes {reason}: sends a pending listing back to the family. No reason or an
 * unknown field: 400. Unknown: 404. Not pending_review: 409 naming the status.
 */
import { listingModerationRoute } from "../../moderation-route"

export const POST = listingModerationRoute("request_changes")
