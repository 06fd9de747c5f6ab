import { Module } from "@medusajs/framework/utils"
import QueueModuleService from "./service"

export const QUEUE_MODULE = "queue"

export default Module(QUEUE_MODULE, { service: QueueModuleService })
