export type LoadRequest = {
  name: string
  path: string
  method?: "GET" | "POST"
  headers?: Record<string, string>
  /** Called for every request, so each write can carry a marker of its own. */
  body?: (sequence: number) => unknown
  /** How many of these are in flight at once (default 1). */
  loops?: number
}

export type LoadAnswer = {
  name: string
  sequence: number
  /** Milliseconds since the load started, when the request was sent. */
  sentAt: number
  ms: number
  /** 0: no answer (connection refused or reset, or the client gave up after `timeoutMs`). */
  status: number
  retryAfter: string | null
  body: string
}

/**
 * `loops` loops per request kind, each sending its request again as soon as the previous one is answered (after
 * `pauseMs`), until `stop()`. Every answer is kept, so a test can judge each one against when it was sent.
 */
export function steadyLoad(
  baseUrl: string,
  requests: LoadRequest[],
  { pauseMs = 50, timeoutMs = 15_000 } = {},
) {
  const started = performance.now()
  const answers: LoadAnswer[] = []
  let running = true
  let sequence = 0

  async function send(request: LoadRequest): Promise<LoadAnswer> {
    const own = sequence++
    const sentAt = performance.now() - started
    const body = request.body?.(own)
    try {
      const response = await fetch(`${baseUrl}${request.path}`, {
        method: request.method ?? "GET",
        headers: {
          ...request.headers,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
      const text = await response.text()
      const ms = performance.now() - started - sentAt
      const retryAfter = response.headers.get("retry-after")
      return {
        name: request.name,
        sequence: own,
        sentAt,
        ms,
        status: response.status,
        retryAfter,
        body: text,
      }
    } catch (error) {
      const ms = performance.now() - started - sentAt
      return {
        name: request.name,
        sequence: own,
        sentAt,
        ms,
        status: 0,
        retryAfter: null,
        body: String(error),
      }
    }
  }

  const loops = requests.flatMap((request) =>
    Array.from({ length: request.loops ?? 1 }, async () => {
      while (running) {
        answers.push(await send(request))
        await new Promise((resolve) => setTimeout(resolve, pauseMs))
      }
    }),
  )

  return {
    answers,
    /** Milliseconds since the load started. */
    now: () => performance.now() - started,
    /** One more request of a kind, outside the loops (kept in `answers` too), e.g. at a moment the test chose. */
    async probe(name: string): Promise<LoadAnswer> {
      const request = requests.find((candidate) => candidate.name === name)
      if (!request) throw new Error(`no request named ${name}`)
      const answer = await send(request)
      answers.push(answer)
      return answer
    },
    async stop() {
      running = false
      await Promise.all(loops)
    },
  }
}
