import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"
import { afterEach } from "vitest"
import { createStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from "../index"

export interface Harness {
  emulator: StripeEmulator
  stripe: Stripe
  port: number
  url: string
  /** A client with other settings (another API key, retries). */
  client(key?: string, config?: Record<string, unknown>): Stripe
  /** Raw HTTP to the emulator (form body), for what the SDK cannot send. */
  post(path: string, body?: Record<string, string>, headers?: Record<string, string>): Promise<Response>
}

const open: Array<() => Promise<void>> = []

afterEach(async () => {
  while (open.length) await open.pop()?.()
})

export async function startEmulator(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const emulator = createStripeEmulator(options)
  const { port, url } = await emulator.listen(0)
  open.push(() => emulator.close())
  const client = (key = "sk_test_emulator", config: Record<string, unknown> = {}) =>
    new Stripe(key, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0, ...config })
  return {
    emulator,
    stripe: client(),
    port,
    url,
    client,
    post: (path, body = {}, headers = {}) =>
      fetch(`${url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          Authorization: "Bearer sk_test_emulator",
          "Content-Type": "application/x-www-form-urlencoded",
          ...headers,
        },
        body: new URLSearchParams(body).toString(),
      }),
  }
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders
  body: string
}

export interface Receiver {
  url: string
  received: ReceivedWebhook[]
  /** Decides the status for each delivery; default 200. */
  respond: (webhook: ReceivedWebhook, index: number) => number
}

/** A local HTTP server standing in for the backend's webhook route. */
export async function startReceiver(respond: Receiver["respond"] = () => 200): Promise<Receiver> {
  const receiver: Receiver = { url: "", received: [], respond }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const webhook = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8") }
      receiver.received.push(webhook)
      res.writeHead(receiver.respond(webhook, receiver.received.length - 1))
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/payment/stripe_stripe`
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  return receiver
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise
  } catch (error) {
    return error as Stripe.errors.StripeError
  }
  throw new Error("expected the request to fail")
}

export async function authenticate(url: string, intentId: string, result: "succeed" | "fail") {
  const res = await fetch(`${url}/_emulator/payment_intents/${intentId}/authenticate`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `result=${result}`,
  })
  return (await res.json()) as Stripe.PaymentIntent
}
