import { createBrowserRouter, type RouteObject } from "react-router"
import { NotFound } from "./routes/not-found"
import { Shell } from "./shell"

// One folder per screen, each loaded when first opened (its module exports `Component`).
export const routes: RouteObject[] = [
  { path: "/login", lazy: () => import("./routes/login") },
  {
    path: "/",
    Component: Shell,
    children: [
      { index: true, lazy: () => import("./routes/today"), handle: { screen: "today" } },
      {
        path: "applications",
        lazy: () => import("./routes/applications"),
        handle: { screen: "applications" },
      },
      {
        path: "applications/:id",
        lazy: () => import("./routes/applications/detail"),
        handle: { screen: "applications" },
      },
      { path: "families", lazy: () => import("./routes/families"), handle: { screen: "families" } },
      {
        path: "families/:id",
        lazy: () => import("./routes/families/detail"),
        handle: { screen: "families" },
      },
      { path: "listings", lazy: () => import("./routes/listings"), handle: { screen: "listings" } },
      { path: "reviews", lazy: () => import("./routes/reviews"), handle: { screen: "reviews" } },
      { path: "hub", lazy: () => import("./routes/hub"), handle: { screen: "hub" } },
      { path: "orders", lazy: () => import("./routes/orders"), handle: { screen: "orders" } },
      { path: "orders/:id", lazy: () => import("./routes/orders/detail"), handle: { screen: "orders" } },
      { path: "payouts", lazy: () => import("./routes/payouts"), handle: { screen: "payouts" } },
      { path: "impact", lazy: () => import("./routes/impact"), handle: { screen: "impact" } },
      { path: "jobs", lazy: () => import("./routes/jobs"), handle: { screen: "jobs" } },
      { path: "audit", lazy: () => import("./routes/audit"), handle: { screen: "audit" } },
      { path: "*", Component: NotFound },
    ],
  },
]

export const createRouter = () => createBrowserRouter(routes)
