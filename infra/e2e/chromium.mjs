// Debian's Chromium (apt-get install chromium), never a browser downloaded by a tool, and the flags it runs with
// headless on this machine: the end-to-end tests, the Lighthouse bench and `npm test`'s check share them.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]
