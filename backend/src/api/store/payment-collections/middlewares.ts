import type { MiddlewareRoute } from "@medusajs/framework/http"
import { readEnv, systemPaymentsAllowed } from "../../../config/env"
import { refuseSystemPayments } from "./system-payments"

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [refuseSystemPayments(() => systemPaymentsAllowed(readEnv()))],
  },
]
