import { index, type RouteConfig, route } from "@react-router/dev/routes"

export default [
  index("routes/index.ts"),
  route("healthz", "routes/healthz.ts"),
  route(":lang", "routes/lang.tsx", [index("routes/home.tsx")]),
] satisfies RouteConfig
