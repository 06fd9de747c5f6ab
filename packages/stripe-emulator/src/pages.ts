// The emulator's stand-ins for pages Stripe hosts: the 3-D Secure challenge, Connect onboarding, the Express
// dashboard. Plain HTML forms, no scripts.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
  .badge { display: inline-block; font-size: .75rem; background: #fde68a; padding: .15rem .5rem; border-radius: .25rem; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; }
  dt { color: #555; }
  form { display: inline; }
  button { font-size: 1rem; padding: .6rem 1.2rem; margin: .5rem .5rem 0 0; border-radius: .4rem; border: 1px solid #999; cursor: pointer; }
  button.primary { background: #635bff; color: white; border-color: #635bff; }
</style>
</head>
<body>
<p class="badge">Stripe emulator (test mode)</p>
${body}
</body>
</html>`
}

function hidden(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("")
}

export function threeDSecurePage(input: { intentId: string; amount: string; last4: string | null }): string {
  const action = `/_emulator/payment_intents/${encodeURIComponent(input.intentId)}/authenticate`
  const button = (result: string, label: string, primary: boolean) =>
    `<form method="post" action="${escapeHtml(action)}">${hidden({ result, redirect: "1" })}<button type="submit"${primary ? ' class="primary"' : ""} name="_" value="${result}">${label}</button></form>`
  return page(
    "3D Secure authentication",
    `<h1>3D Secure authentication</h1>
<p>Your bank asks you to confirm this payment.</p>
<dl><dt>Amount</dt><dd>${escapeHtml(input.amount)}</dd><dt>Card</dt><dd>•••• ${escapeHtml(input.last4 ?? "????")}</dd><dt>Payment</dt><dd><code>${escapeHtml(input.intentId)}</code></dd></dl>
${button("succeed", "Complete authentication", true)}${button("fail", "Fail authentication", false)}`,
  )
}

export function authenticationDonePage(status: string): string {
  return page(
    "Authentication finished",
    `<h1>Authentication finished</h1><p>The payment is now <code>${escapeHtml(status)}</code>. You can close this window.</p>`,
  )
}

export function onboardingPage(input: {
  token: string
  accountId: string
  email: string | null
  type: string
}) {
  const action = `/_emulator/accounts/${encodeURIComponent(input.accountId)}/onboard`
  return page(
    "Connect onboarding",
    `<h1>Set up payouts</h1>
<p>This page stands in for Stripe's hosted onboarding (${escapeHtml(input.type)}).</p>
<dl><dt>Account</dt><dd><code>${escapeHtml(input.accountId)}</code></dd><dt>Email</dt><dd>${escapeHtml(input.email ?? "—")}</dd></dl>
<form method="post" action="${escapeHtml(action)}">${hidden({ link: input.token, redirect: "1" })}<button type="submit" class="primary">Complete onboarding</button></form>
<form method="post" action="${escapeHtml(action)}">${hidden({ link: input.token, redirect: "1", result: "leave" })}<button type="submit">Leave for now</button></form>`,
  )
}

export function messagePage(title: string, message: string, status?: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${status ? `<p><code>${escapeHtml(status)}</code></p>` : ""}`,
  )
}
