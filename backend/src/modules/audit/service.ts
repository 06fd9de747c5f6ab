import { MedusaService } from "@medusajs/framework/utils"
import { AuditEntry } from "./models/audit-entry"

/** The ministry's audit trail: entries are only ever added (createAuditEntries) and read. */
export default class AuditModuleService extends MedusaService({ AuditEntry }) {}
