// Counts the SQL statements a process sends to PostgreSQL, for machines whose PostgreSQL does not load
// pg_stat_statements (it must be in shared_preload_libraries, which needs a server restart). The backend's
// DATABASE_URL points here; every byte is passed through unchanged, and the client's side of the wire protocol
// is read: a simple Query ('Q') or an extended-protocol Execute ('E') is one statement, and a Parse ('P') or
// Query message tells its text.
import net from "node:net"

const SSL_REQUEST = 80877103
const GSSENC_REQUEST = 80877104
const CANCEL_REQUEST = 80877102

/** Parses one connection's frontend stream; calls onStatement(text) per statement. */
function frontendParser(onStatement) {
  let buffer = Buffer.alloc(0)
  let startup = true
  let lastParsed = ""
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      if (startup) {
        if (buffer.length < 8) return
        const length = buffer.readInt32BE(0)
        if (buffer.length < length) return
        const code = buffer.readInt32BE(4)
        buffer = buffer.subarray(length)
        // SSL and GSS requests come before the startup message; anything else is the startup message itself.
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST && code !== CANCEL_REQUEST) startup = false
        continue
      }
      if (buffer.length < 5) return
      const type = String.fromCharCode(buffer[0])
      const length = buffer.readInt32BE(1)
      if (buffer.length < length + 1) return
      const body = buffer.subarray(5, length + 1)
      buffer = buffer.subarray(length + 1)
      if (type === "Q") onStatement(body.toString("utf8").replace(/\0$/, ""))
      else if (type === "P") {
        // name\0 query\0 ...
        const nameEnd = body.indexOf(0)
        lastParsed = body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString("utf8")
      } else if (type === "E") onStatement(lastParsed)
    }
  }
}

/**
 * Starts the proxy in front of `target` (a postgres:// URL). Returns the URL to hand the backend, and a counter
 * that can be reset and read; statements are kept with their text (first 120 characters).
 */
export async function startCountingProxy(target) {
  const upstream = new URL(target)
  const statements = []
  const sockets = new Set()
  const server = net.createServer((client) => {
    const backend = net.connect({ host: upstream.hostname, port: Number(upstream.port || 5432) })
    sockets.add(client)
    sockets.add(backend)
    const parse = frontendParser((text) => statements.push(text.replace(/\s+/g, " ").trim().slice(0, 120)))
    client.on("data", (chunk) => {
      parse(chunk)
      backend.write(chunk)
    })
    backend.on("data", (chunk) => client.write(chunk))
    const close = () => {
      client.destroy()
      backend.destroy()
      sockets.delete(client)
      sockets.delete(backend)
    }
    client.on("close", close)
    backend.on("close", close)
    client.on("error", close)
    backend.on("error", close)
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const proxied = new URL(target)
  proxied.hostname = "127.0.0.1"
  proxied.port = String(server.address().port)
  return {
    url: proxied.toString(),
    reset: () => {
      statements.length = 0
    },
    take: () => statements.splice(0, statements.length),
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
