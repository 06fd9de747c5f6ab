import { useEffect, useState } from "react"

/**
 * A private file (a family's document) as a blob: URL of the console's own origin. The backend forbids framing
 * its answers (frame-ancestors 'none'), so a PDF is fetched with the session cookie and shown from memory.
 */
export function useBlobUrl(url: string | null): { url: string | null; error: boolean } {
  const [state, setState] = useState<{ url: string | null; error: boolean }>({ url: null, error: false })
  useEffect(() => {
    if (!url) return
    let objectUrl: string | null = null
    let cancelled = false
    fetch(url, { credentials: "include" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const blob = await response.blob()
        if (cancelled) return
        objectUrl = URL.createObjectURL(blob)
        setState({ url: objectUrl, error: false })
      })
      .catch(() => {
        if (!cancelled) setState({ url: null, error: true })
      })
    return () => {
      cancelled = true
      if (objectUrl) URL.revokeObjectURL(objectUrl)
    }
  }, [url])
  return state
}
