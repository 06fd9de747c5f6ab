import { emulator, stripeClient } from "./stripe"

/** Connected accounts in the Stripe emulator that finished onboarding: transfers to them succeed. */
export async function onboardedConnectAccounts(count: number): Promise<string[]> {
  const stripe = stripeClient()
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const account = await stripe.accounts.create({
      type: "express",
      country: "GB",
      email: `connect-${i}@families.test`,
      capabilities: { transfers: { requested: true } },
    })
    await emulator(`/_emulator/accounts/${account.id}/onboard`, { method: "POST" })
    ids.push(account.id)
  }
  return ids
}
