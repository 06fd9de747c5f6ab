import { Module } from "@medusajs/framework/utils"
import ConsignmentsModuleService from "./service"

export const CONSIGNMENTS_MODULE = "consignments"

export default Module(CONSIGNMENTS_MODULE, { service: ConsignmentsModuleService })
