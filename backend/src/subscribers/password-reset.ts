import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { readEnv } from "../config/env"
import { QUEUE_MODULE } from "../modules/queue"
import type QueueModuleService from "../modules/queue/service"
import { sendNotificationJob } from "../queues/notifications/send"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/** Where each kind of account chooses its new password. */
function resetLink(actorType: string, email: string, token: string): string {
  const env = readEnv()
  const query = `token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
  if (actorType === "seller") return `${env.STOREFRONT_URL}/ar/sell/reset-password?${query}`
  if (actorType === "user") return `${env.ADMIN_URL}/reset-password?${query}`
  return `${env.STOREFRONT_URL}/en/account/reset-password?${query}`
}

/** Medusa emits this after POST /auth/<actor>/emailpass/reset-password; the link goes out in both languages. */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type, token } = event.data
  await container.resolve<QueueModuleService>(QUEUE_MODULE).enqueue(sendNotificationJob, {
    template: "password_reset",
    to: { email },
    locale: actor_type === "customer" ? "en" : "ar",
    params: { link: resetLink(actor_type, email, token) },
    idempotency_key: `password-reset-${actor_type}-${token.slice(-24)}`,
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
