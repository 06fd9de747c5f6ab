import { MedusaService } from "@medusajs/framework/utils"
import { FamilyOrder } from "./models/family-order"

export default class FamilyOrdersModuleService extends MedusaService({ FamilyOrder }) {}
