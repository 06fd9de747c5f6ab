import { Module } from "@medusajs/framework/utils"
import FamilyOrdersModuleService from "./service"

export const FAMILY_ORDERS_MODULE = "familyOrders"

export default Module(FAMILY_ORDERS_MODULE, { service: FamilyOrdersModuleService })
