// `node dist/cli.mjs --port 12111 --webhook-url http://localhost:9000/hooks/payment/stripe_stripe --webhook-secret whsec_...`
// Flags win over the environment (STRIPE_EMULATOR_PORT, _HOST, _PUBLIC_URL, _WEBHOOK_URL, _WEBHOOK_SECRET,
// _WEBHOOK_EVENTS). Prints the URL; SIGINT/SIGTERM close the server.
import { newWebhookSecret } from "./ids"
import { createStripeEmulator } from "./server"

const HELP = `usra-stripe-emulator: a local stand-in for the Stripe API

Options (environment variable in brackets):
  --port <n>              port to listen on, 0 for any free one     [STRIPE_EMULATOR_PORT, default 12111]
  --host <addr>           interface to bind                          [STRIPE_EMULATOR_HOST, default 127.0.0.1]
  --public-url <url>      base URL for 3-D Secure/onboarding links   [STRIPE_EMULATOR_PUBLIC_URL]
  --webhook-url <url>     deliver events to this URL                 [STRIPE_EMULATOR_WEBHOOK_URL]
  --webhook-secret <s>    its signing secret (whsec_...)             [STRIPE_EMULATOR_WEBHOOK_SECRET]
  --webhook-events <a,b>  event types to send (default: all)         [STRIPE_EMULATOR_WEBHOOK_EVENTS]
  --verbose               log every request
  --help
`

type Flags = Record<string, string | true>

function parseArgs(argv: string[]): Flags {
  const flags: Flags = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith("--")) throw new Error(`Unexpected argument: ${arg}`)
    const eq = arg.indexOf("=")
    if (eq !== -1) {
      flags[arg.slice(2, eq)] = arg.slice(eq + 1)
      continue
    }
    const next = argv[i + 1]
    if (next !== undefined && !next.startsWith("--")) {
      flags[arg.slice(2)] = next
      i++
    } else flags[arg.slice(2)] = true
  }
  return flags
}

function setting(flags: Flags, flag: string, env: string): string | undefined {
  const value = flags[flag]
  if (typeof value === "string") return value
  if (value === true) throw new Error(`--${flag} needs a value`)
  return process.env[env] || undefined
}

async function main(): Promise<void> {
  const flags = parseArgs(process.argv.slice(2))
  if (flags.help) {
    process.stdout.write(HELP)
    return
  }
  const port = Number(setting(flags, "port", "STRIPE_EMULATOR_PORT") ?? 12111)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`)
  const webhookUrl = setting(flags, "webhook-url", "STRIPE_EMULATOR_WEBHOOK_URL")
  const givenSecret = setting(flags, "webhook-secret", "STRIPE_EMULATOR_WEBHOOK_SECRET")
  const events = setting(flags, "webhook-events", "STRIPE_EMULATOR_WEBHOOK_EVENTS")
  const secret = webhookUrl ? (givenSecret ?? newWebhookSecret()) : undefined
  const log = (line: string) => process.stdout.write(`[stripe-emulator] ${line}\n`)

  const emulator = createStripeEmulator({
    host: setting(flags, "host", "STRIPE_EMULATOR_HOST") ?? "127.0.0.1",
    publicUrl: setting(flags, "public-url", "STRIPE_EMULATOR_PUBLIC_URL"),
    webhooks: webhookUrl
      ? [{ url: webhookUrl, secret, enabledEvents: events?.split(",").map((type) => type.trim()) }]
      : [],
    logger: log,
    logRequests: flags.verbose === true,
  })
  const { url } = await emulator.listen(port)
  log(`listening on ${url}`)
  if (webhookUrl) log(`webhooks -> ${webhookUrl} (secret ${secret}${givenSecret ? "" : ", generated"})`)

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    log(`${signal}: closing`)
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`close failed: ${String(error)}`)
        process.exit(1)
      },
    )
  }
  process.on("SIGINT", () => shutdown("SIGINT"))
  process.on("SIGTERM", () => shutdown("SIGTERM"))
}

main().catch((error: unknown) => {
  process.stderr.write(`usra-stripe-emulator: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
