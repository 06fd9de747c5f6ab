import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireRole } from "../utils/require-role"
import { AdminDispatchShipment, AdminShipmentEvent, AdminShipmentsQuery } from "./validators"

/** Parcels leaving the hub: hub staff (and super admins) only. */
export const adminShipmentMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/shipments*", middlewares: [requireRole("hub")] },
  {
    matcher: "/admin/shipments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminShipmentsQuery, { isList: true })],
  },
  {
    matcher: "/admin/shipments/:id/dispatch",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminDispatchShipment)],
  },
  {
    matcher: "/admin/shipments/:id/events",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminShipmentEvent)],
  },
]
