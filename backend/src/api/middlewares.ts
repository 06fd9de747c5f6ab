import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminExchangeRateMiddlewares } from "./admin/exchange-rates/middlewares"
import { adminFamilyMiddlewares } from "./admin/families/middlewares"
import { listFailedJobsConfig } from "./admin/jobs/query-config"
import { AdminFailedJobsQuery } from "./admin/jobs/validators"
import { adminListingMiddlewares } from "./admin/listings/middlewares"
import { AdminSendNotification } from "./admin/notifications/validators"
import { QUEUE_DASHBOARD_PATH, queueDashboard } from "./admin/queue-dashboard/bull-board"
import { adminShippingRateMiddlewares } from "./admin/shipping-rates/middlewares"
import { requireRole } from "./admin/utils/require-role"
import { usraErrorHandler } from "./error-handler"
import { hookMiddlewares } from "./hooks/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { sellerOrderMiddlewares } from "./seller/orders/middlewares"
import { sellerProductMiddlewares } from "./seller/products/middlewares"
import { storeCartShippingMiddlewares } from "./store/carts/middlewares"
import { storeFamilyMiddlewares } from "./store/families/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeProductExposureMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  errorHandler: usraErrorHandler,
  routes: [
    ...sellerMiddlewares,
    ...sellerOrderMiddlewares,
    ...storeOrderMiddlewares,
    ...sellerProductMiddlewares,
    ...adminListingMiddlewares,
    ...storeFamilyMiddlewares,
    ...storeProductExposureMiddlewares,
    ...adminFamilyMiddlewares,
    ...adminExchangeRateMiddlewares,
    ...adminShippingRateMiddlewares,
    ...storeCartShippingMiddlewares,
    ...hookMiddlewares,
    { matcher: "/admin/jobs/failed*", middlewares: [requireRole("super_admin")] },
    { matcher: QUEUE_DASHBOARD_PATH, middlewares: [requireRole("super_admin"), queueDashboard] },
    // A bulk reprice's progress is read by the finance user who changed the rates.
    { matcher: "/admin/jobs/:id", methods: ["GET"], middlewares: [requireRole("finance")] },
    {
      matcher: "/admin/jobs/failed",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminFailedJobsQuery, listFailedJobsConfig)],
    },
    {
      matcher: "/admin/notifications",
      methods: ["POST"],
      middlewares: [requireRole("super_admin"), validateAndTransformBody(AdminSendNotification)],
    },
  ],
})
