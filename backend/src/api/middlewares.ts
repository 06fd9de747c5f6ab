import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { readEnv } from "../config/env"
import { adminConsignmentMiddlewares } from "./admin/consignments/middlewares"
import { adminConsoleMiddlewares } from "./admin/console-middlewares"
import { adminExchangeRateMiddlewares } from "./admin/exchange-rates/middlewares"
import { adminFamilyMiddlewares } from "./admin/families/middlewares"
import { listFailedJobsConfig } from "./admin/jobs/query-config"
import { AdminFailedJobsQuery, AdminRetryFailedJob } from "./admin/jobs/validators"
import { adminListingMiddlewares } from "./admin/listings/middlewares"
import { AdminSendNotification } from "./admin/notifications/validators"
import { adminPayoutMiddlewares } from "./admin/payouts/middlewares"
import { QUEUE_DASHBOARD_PATH, queueDashboard } from "./admin/queue-dashboard/bull-board"
import { adminReviewMiddlewares } from "./admin/reviews/middlewares"
import { adminShipmentMiddlewares } from "./admin/shipments/middlewares"
import { adminShippingRateMiddlewares } from "./admin/shipping-rates/middlewares"
import { guardCoreAdminRoutes } from "./admin/utils/core-route-guard"
import { requireRole } from "./admin/utils/require-role"
import { usraErrorHandler } from "./error-handler"
import { hookMiddlewares } from "./hooks/middlewares"
import { sellerConsignmentMiddlewares } from "./seller/consignments/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { sellerOrderMiddlewares } from "./seller/orders/middlewares"
import { sellerPayoutMiddlewares } from "./seller/payouts/middlewares"
import { sellerProductMiddlewares } from "./seller/products/middlewares"
import { sellerReviewMiddlewares } from "./seller/reviews/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { storeSavedCardMiddlewares } from "./store/customers/me/payment-methods/middlewares"
import { storeFamilyMiddlewares } from "./store/families/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionMiddlewares } from "./store/payment-collections/middlewares"
import { storeProductExposureMiddlewares } from "./store/products/middlewares"
import { storeReviewMiddlewares } from "./store/reviews/middlewares"
import { databaseGate } from "./utils/database-gate"
import { rateLimitMiddlewares } from "./utils/rate-limit/routes"
import { securityHeaders } from "./utils/security-headers"

export default defineMiddlewares({
  errorHandler: usraErrorHandler,
  routes: [
    { matcher: "/*", middlewares: [securityHeaders(readEnv().NODE_ENV === "production")] },
    { matcher: "/*", middlewares: [databaseGate] },
    { matcher: "/admin/*", middlewares: [guardCoreAdminRoutes] },
    // First: a refused request costs nothing more.
    ...rateLimitMiddlewares,
    ...sellerMiddlewares,
    ...sellerOrderMiddlewares,
    ...storeOrderMiddlewares,
    ...storePaymentCollectionMiddlewares,
    ...storeSavedCardMiddlewares,
    ...sellerProductMiddlewares,
    ...adminListingMiddlewares,
    ...storeFamilyMiddlewares,
    ...storeCatalogMiddlewares,
    ...storeProductExposureMiddlewares,
    ...adminFamilyMiddlewares,
    ...adminExchangeRateMiddlewares,
    ...adminShippingRateMiddlewares,
    ...storeCartMiddlewares,
    ...hookMiddlewares,
    ...sellerConsignmentMiddlewares,
    ...adminConsignmentMiddlewares,
    ...adminShipmentMiddlewares,
    ...sellerPayoutMiddlewares,
    ...adminPayoutMiddlewares,
    ...adminConsoleMiddlewares,
    ...storeReviewMiddlewares,
    ...sellerReviewMiddlewares,
    ...adminReviewMiddlewares,
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
      matcher: "/admin/jobs/failed/:id/retry",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminRetryFailedJob)],
    },
    {
      matcher: "/admin/notifications",
      methods: ["POST"],
      middlewares: [requireRole("super_admin"), validateAndTransformBody(AdminSendNotification)],
    },
  ],
})
