import { existsSync, writeFileSync } from "node:fs"
import { createServer, type Server, type Socket } from "node:net"
import path from "node:path"

export type ReceivedMail = { from: string; to: string[]; data: string }

/**
 * A minimal SMTP server for tests: enough of RFC 5321 for nodemailer (no TLS, no auth).
 * `delayMs` holds the reply to DATA, to keep a delivery in flight. With `controlDir`, a file named
 * `reject-<domain>` there makes recipients at that domain fail temporarily (451), and every accepted message is
 * also written there as `mail-<n>.eml`, so tests in other processes can steer and read the sink.
 */
export function smtpSink(options: { delayMs?: number; controlDir?: string } = {}) {
  const received: ReceivedMail[] = []
  const sockets = new Set<Socket>()
  let connections = 0
  const server: Server = createServer((socket) => {
    connections += 1
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    socket.on("error", () => {})
    let mail: ReceivedMail = { from: "", to: [], data: "" }
    let inData = false
    let buffer = ""
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply("220 usra-test-sink ESMTP")
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8")
      if (inData) {
        const end = buffer.indexOf("\r\n.\r\n")
        if (end === -1) return
        mail.data = buffer.slice(0, end)
        buffer = buffer.slice(end + 5)
        inData = false
        const accept = () => {
          received.push(mail)
          if (options.controlDir) {
            writeFileSync(
              path.join(options.controlDir, `mail-${received.length}.eml`),
              `${mail.to.join("\n")}\n\n${mail.data}`,
            )
          }
          mail = { from: "", to: [], data: "" }
          reply("250 OK: queued")
        }
        if (options.delayMs) setTimeout(accept, options.delayMs)
        else accept()
        return
      }
      let newline = buffer.indexOf("\r\n")
      while (newline !== -1 && !inData) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === "EHLO" || verb === "HELO") reply("250 usra-test-sink")
        else if (verb === "MAIL") {
          mail.from = line
          reply("250 OK")
        } else if (verb === "RCPT") {
          const domain = /@([^>\s]+)/.exec(line)?.[1]?.toLowerCase()
          if (options.controlDir && domain && existsSync(path.join(options.controlDir, `reject-${domain}`))) {
            reply("451 4.3.0 Mailbox temporarily unavailable")
          } else {
            mail.to.push(line)
            reply("250 OK")
          }
        } else if (verb === "DATA") {
          inData = true
          reply("354 End data with <CR><LF>.<CR><LF>")
        } else if (verb === "QUIT") {
          reply("221 Bye")
          socket.end()
        } else reply("250 OK")
        newline = buffer.indexOf("\r\n")
      }
    })
  })
  return {
    received,
    get connections() {
      return connections
    },
    listen: (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
