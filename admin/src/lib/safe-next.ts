/** Only paths inside the console: a `next` pointing elsewhere (another site, //host) is ignored. */
export function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/"
}
