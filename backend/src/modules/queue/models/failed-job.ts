import { model } from "@medusajs/framework/utils"

/** A job that failed for good (attempts used up, or a payload that can never succeed). */
export const FailedJob = model
  .define("failed_job", {
    id: model.id({ prefix: "fjob" }).primaryKey(),
    queue: model.text(),
    name: model.text(),
    job_id: model.text(),
    payload: model.json(),
    error: model.text(),
    attempts: model.number(),
    failed_at: model.dateTime(),
    retried_at: model.dateTime().nullable(),
    retry_job_id: model.text().nullable(),
  })
  .indexes([{ on: ["job_id"], unique: true }, { on: ["queue", "name"] }, { on: ["failed_at"] }])
