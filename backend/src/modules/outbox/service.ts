import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import type { Transporter } from "nodemailer"
import { type Bilingual, bilingualEmail, createMailer } from "./mail"
import { NotificationOutbox } from "./models/notification-outbox"

export type OutboxModuleOptions = { smtpUrl?: string; mailFrom: string }

export type DeliverInput = {
  template: string
  locale: string | null
  params: Record<string, string | number>
  idempotency_key: string
  to: { email?: string; phone?: string }
  subject: Bilingual
  body: Bilingual
}

type Channel = "email" | "sms"
type OutboxRow = { id: string; status: string; attempts: number }

export default class OutboxModuleService extends MedusaService({ NotificationOutbox }) {
  protected readonly options_: OutboxModuleOptions
  protected readonly logger_: Logger
  protected mailer_?: Transporter

  constructor(container: { logger: Logger }, options: OutboxModuleOptions) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.options_ = options
    this.logger_ = container.logger
  }

  /**
   * Records the message once per channel, then delivers what is still pending. Safe to call again with the
   * same idempotency key: a channel already sent is not sent again.
   */
  async deliver(input: DeliverInput): Promise<{ id: string; channel: Channel; status: string }[]> {
    const targets: [Channel, string][] = []
    if (input.to.email) targets.push(["email", input.to.email])
    if (input.to.phone) targets.push(["sms", input.to.phone])

    const results: { id: string; channel: Channel; status: string }[] = []
    for (const [channel, recipient] of targets) {
      const row = await this.findOrRecord(input, channel, recipient)
      if (row.status !== "sent") await this.send(row, input, channel, recipient)
      results.push({ id: row.id, channel, status: "sent" })
    }
    return results
  }

  protected async findOrRecord(input: DeliverInput, channel: Channel, recipient: string): Promise<OutboxRow> {
    const [existing] = await this.listNotificationOutboxes({
      idempotency_key: input.idempotency_key,
      channel,
    })
    if (existing) return existing
    try {
      return await this.createNotificationOutboxes({
        idempotency_key: input.idempotency_key,
        channel,
        recipient,
        template: input.template,
        locale: input.locale,
        params: input.params,
        subject_ar: input.subject.ar,
        subject_en: input.subject.en,
        body_ar: input.body.ar,
        body_en: input.body.en,
      })
    } catch (error) {
      // A concurrent delivery of the same key won the unique index: use its row.
      const [raced] = await this.listNotificationOutboxes({ idempotency_key: input.idempotency_key, channel })
      if (raced) return raced
      throw error
    }
  }

  protected async send(row: OutboxRow, input: DeliverInput, channel: Channel, recipient: string) {
    const useSmtp = channel === "email" && Boolean(this.options_.smtpUrl)
    try {
      if (useSmtp) {
        this.mailer_ ??= createMailer(this.options_.smtpUrl as string)
        await this.mailer_.sendMail({
          from: this.options_.mailFrom,
          to: recipient,
          messageId: `<${input.idempotency_key}@usra.jo>`,
          ...bilingualEmail(input.subject, input.body),
        })
      }
      await this.updateNotificationOutboxes({
        id: row.id,
        status: "sent",
        transport: useSmtp ? "smtp" : "outbox",
        attempts: row.attempts + 1,
        last_error: null,
        sent_at: new Date(),
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await this.updateNotificationOutboxes({ id: row.id, attempts: row.attempts + 1, last_error: message })
      throw error
    }
  }
}
