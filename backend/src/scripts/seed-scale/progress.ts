const BAR_WIDTH = 28

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?"
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${(ms / 1000).toFixed(seconds < 10 ? 1 : 0)} s`
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`
}

/** `[products]  ██████░░░░  41%  4100/10000  3.2 s, ETA 4.6 s`: remaining work at the rate so far. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(ratio * BAR_WIDTH)
  const eta = done > 0 ? (elapsedMs / done) * (total - done) : Number.NaN
  const tail =
    done >= total
      ? `done in ${formatDuration(elapsedMs)}`
      : `${formatDuration(elapsedMs)}, ETA ${formatDuration(eta)}`
  return `[${label}] ${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)} ${String(Math.round(ratio * 100)).padStart(3)}%  ${done}/${total}  ${tail}`
}

/**
 * A progress bar on stderr: redrawn in place on a terminal, one line every couple of seconds otherwise (CI logs).
 */
export class Progress {
  private readonly started = Date.now()
  private lastPrinted = 0
  private finished = false
  private readonly tty = process.stderr.isTTY === true

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  update(done: number) {
    const now = Date.now()
    const finished = done >= this.total
    if (this.finished || (!finished && now - this.lastPrinted < (this.tty ? 100 : 2_000))) return
    this.finished = finished
    this.lastPrinted = now
    const line = progressLine(this.label, done, this.total, now - this.started)
    if (this.tty) process.stderr.write(`\r\x1b[2K${line}${finished ? "\n" : ""}`)
    else process.stderr.write(`${line}\n`)
  }
}
