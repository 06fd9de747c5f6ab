import { isNotificationTemplate, renderNotification } from "@usra/i18n"
import { UnrecoverableError } from "bullmq"
import { OUTBOX_MODULE } from "../../modules/outbox"
import type OutboxModuleService from "../../modules/outbox/service"
import type { JobHandler } from "../define-job"
import { bilingualParams } from "./bilingual-params"
import type { sendNotificationJob } from "./send"

/** Renders the message in Arabic and English and hands it to the outbox, which delivers it once per channel. */
export const sendNotification: JobHandler<typeof sendNotificationJob.payload> = async ({
  payload,
  container,
}) => {
  if (!isNotificationTemplate(payload.template)) {
    throw new UnrecoverableError(`Unknown notification template "${payload.template}"`)
  }
  const message = renderNotification(payload.template, bilingualParams(payload.params))
  const outbox = container.resolve<OutboxModuleService>(OUTBOX_MODULE)
  return outbox.deliver({
    template: payload.template,
    locale: payload.locale ?? null,
    params: payload.params,
    idempotency_key: payload.idempotency_key,
    to: payload.to,
    subject: message.subject,
    body: message.body,
  })
}
