import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import HubFulfillmentProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [HubFulfillmentProviderService] })
