import { Locale, NotificationParams, NotificationRecipient, NotificationTemplateName } from "@usra/types"
import { z } from "zod"

export const AdminSendNotification = z.strictObject(
  {
    template: NotificationTemplateName,
    to: NotificationRecipient,
    locale: Locale.optional(),
    params: NotificationParams.default({}),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : undefined,
  },
)
export type AdminSendNotification = z.infer<typeof AdminSendNotification>
