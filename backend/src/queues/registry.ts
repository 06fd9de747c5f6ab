import { registerJob } from "./define-job"
import { sendNotificationJob } from "./notifications/send"
import { sendNotification } from "./notifications/send.handler"

/** Every job the workers can run. A job missing here fails at once as unrecoverable. */
export const jobRegistry = [registerJob(sendNotificationJob, sendNotification)]
