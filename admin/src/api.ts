import { createUsraAdminClient, type UsraAdminClient } from "@usra/api-client/admin"
import { backendUrl } from "./config"

/** The one client of the console: every screen reads and writes through it (session cookie auth). */
export const api: UsraAdminClient = createUsraAdminClient({ baseUrl: backendUrl })
