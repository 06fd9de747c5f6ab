import { model } from "@medusajs/framework/utils"
import { DOCUMENT_KINDS } from "../constants"
import { Family } from "./family"

/** An application document, stored privately through Medusa's file module. */
export const FamilyDocument = model.define("family_document", {
  id: model.id({ prefix: "fdoc" }).primaryKey(),
  kind: model.enum([...DOCUMENT_KINDS]),
  file_id: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  size_bytes: model.number(),
  family: model.belongsTo(() => Family, { mappedBy: "documents" }),
})
