import { PassThrough, Transform } from "node:stream"
import { createReadableStreamFromReadable } from "@react-router/node"
import { isbot } from "isbot"
import type { RenderToPipeableStreamOptions } from "react-dom/server"
import { renderToPipeableStream } from "react-dom/server"
import type { EntryContext, HandleDataRequestFunction } from "react-router"
import { ServerRouter } from "react-router"
import { config } from "./lib/config.server"
import {
  baseSecurityHeaders,
  newNonce,
  type SecurityContext,
  setPageSecurityHeaders,
} from "./lib/security-headers.server"

// React Router's own server entry, with two changes: every page carries the shop's security headers (a CSP whose
// nonce the inline hydration scripts carry), and the scripts it preloads for hydration are asked for at low
// priority, so on a slow line the stylesheet and the first photos come before the ~120 KB of JavaScript. The page is
// readable from the server's HTML; hydration can wait a moment.
export const streamTimeout = 5_000

const MODULE_PRELOAD = /<link rel="modulepreload"(?![^>]*fetchPriority)/g

/** Adds fetchPriority="low" to every modulepreload link in the streamed HTML (they are all in the head). */
function lowPriorityScripts() {
  let tail = ""
  return new Transform({
    transform(chunk, _encoding, callback) {
      // A tag cut between two chunks is finished in the next: keep the last unfinished "<..." back.
      const text = tail + chunk.toString("utf8")
      const cut = text.lastIndexOf("<")
      const safe = cut > -1 && text.indexOf(">", cut) === -1 ? cut : text.length
      tail = text.slice(safe)
      callback(
        null,
        text.slice(0, safe).replace(MODULE_PRELOAD, '<link rel="modulepreload" fetchPriority="low"'),
      )
    },
    flush(callback) {
      callback(null, tail.replace(MODULE_PRELOAD, '<link rel="modulepreload" fetchPriority="low"'))
    },
  })
}

function securityContext(): SecurityContext {
  const { backendUrl, stripe, imageOrigins } = config()
  return { backendUrl, stripe, imageOrigins, production: process.env.NODE_ENV === "production" }
}

/**
 * For the server in front of React Router (server.mjs): every answer that is not a page (built files, sitemap, robots)
 * is nosniff, unframeable and, as a document, allowed nothing.
 */
export function staticSecurityHeaders(): Record<string, string> {
  return {
    ...baseSecurityHeaders(securityContext()),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
  }
}

/** Loader and action data (`.data` requests) get the headers that are not about pages. */
export const handleDataRequest: HandleDataRequestFunction = (response) => {
  for (const [name, value] of Object.entries(baseSecurityHeaders(securityContext())))
    response.headers.set(name, value)
  return response
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const nonce = newNonce()
  setPageSecurityHeaders(responseHeaders, securityContext(), nonce)
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders })
  }

  return new Promise((resolve, reject) => {
    let shellRendered = false
    const userAgent = request.headers.get("user-agent")
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady"
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000)

    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        [readyOption]() {
          shellRendered = true
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId)
              timeoutId = undefined
              callback()
            },
          })
          const stream = createReadableStreamFromReadable(body)
          responseHeaders.set("Content-Type", "text/html")
          const rewrite = lowPriorityScripts()
          rewrite.pipe(body)
          pipe(rewrite)
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }))
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          if (shellRendered) console.error(error)
        },
      },
    )
  })
}
