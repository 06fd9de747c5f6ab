import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const loadMinistryRecipientsStepId = "load-ministry-recipients"

/** The email addresses of the ministry users with one of these roles (kept in the user's metadata). */
export const loadMinistryRecipientsStep = createStep(
  loadMinistryRecipientsStepId,
  async (roles: string[], { container }) => {
    const users = await container.resolve(Modules.USER).listUsers({}, { select: ["id", "email", "metadata"] })
    const emails = users
      .filter((user) => roles.includes(String(user.metadata?.role ?? "")))
      .map((user) => user.email)
      .sort()
    return new StepResponse(emails)
  },
)
