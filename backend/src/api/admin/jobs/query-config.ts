export const failedJobFields = [
  "id",
  "queue",
  "name",
  "job_id",
  "payload",
  "error",
  "attempts",
  "failed_at",
  "retried_at",
  "retry_job_id",
]

export const listFailedJobsConfig = {
  defaults: failedJobFields,
  allowed: failedJobFields,
  defaultLimit: 20,
  isList: true,
}
