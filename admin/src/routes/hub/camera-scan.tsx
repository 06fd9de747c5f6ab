import { Alert, Button } from "@usra/ui"
import { useEffect, useRef, useState } from "react"
import {
  type BarcodeDetectorClass,
  type BarcodeDetectorLike,
  barcodeDetector,
  codeFromBarcode,
  formatsToRead,
} from "../../lib/barcode-scan"
import { useLocale } from "../../lib/use-locale"

// A few looks a second are enough for a slip held still, and leave the hub's old laptops some breath.
const SCAN_EVERY_MS = 200

type State = { step: "idle" | "starting" | "scanning" } | { step: "failed"; message: string }

/**
 * "Scan with camera": reads the consignment code through the camera with the browser's BarcodeDetector and hands
 * it over like a typed one. Not rendered where the browser has no BarcodeDetector or no camera API.
 */
export function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const detectorClass = barcodeDetector()
  if (!detectorClass) return null
  return <Scanner detectorClass={detectorClass} onCode={onCode} />
}

function Scanner({
  detectorClass,
  onCode,
}: {
  detectorClass: BarcodeDetectorClass
  onCode: (code: string) => void
}) {
  const { t } = useLocale()
  const [state, setState] = useState<State>({ step: "idle" })
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const detector = useRef<BarcodeDetectorLike | null>(null)

  const stop = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop()
    stream.current = null
    detector.current = null
    setState({ step: "idle" })
  }

  // The camera goes off when the screen is left.
  useEffect(
    () => () => {
      for (const track of stream.current?.getTracks() ?? []) track.stop()
    },
    [],
  )

  const start = async () => {
    setState({ step: "starting" })
    try {
      detector.current = new detectorClass({ formats: await formatsToRead(detectorClass) })
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: "environment" },
        audio: false,
      })
      setState({ step: "scanning" })
    } catch (error) {
      stop()
      const denied = error instanceof Error && ["NotAllowedError", "SecurityError"].includes(error.name)
      setState({
        step: "failed",
        message: denied
          ? t("admin.hub.scan_denied")
          : t("admin.hub.scan_failed", { message: error instanceof Error ? error.message : String(error) }),
      })
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: one loop per camera session, not one per render
  useEffect(() => {
    if (state.step !== "scanning" || !video.current || !stream.current) return
    const element = video.current
    element.srcObject = stream.current
    void Promise.resolve(element.play?.()).catch(() => {})
    let cancelled = false
    let timer: ReturnType<typeof setTimeout>
    const look = async () => {
      if (cancelled || !detector.current) return
      try {
        for (const barcode of await detector.current.detect(element)) {
          const code = codeFromBarcode(barcode.rawValue)
          if (code && !cancelled) {
            stop()
            onCode(code)
            return
          }
        }
      } catch {
        // A frame that is not ready yet; the next look will do.
      }
      if (!cancelled) timer = setTimeout(look, SCAN_EVERY_MS)
    }
    timer = setTimeout(look, 0)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [state.step])

  return (
    <div className="scanner">
      {state.step === "scanning" ? (
        <>
          <video ref={video} muted playsInline aria-label={t("admin.hub.scan_video")} />
          <p className="muted" role="status">
            {t("admin.hub.scan_looking")}
          </p>
          <Button variant="secondary" onClick={stop}>
            {t("admin.hub.scan_stop")}
          </Button>
        </>
      ) : (
        <Button variant="secondary" busy={state.step === "starting"} onClick={() => void start()}>
          {t("admin.hub.scan")}
        </Button>
      )}
      {state.step === "failed" ? <Alert tone="error">{state.message}</Alert> : null}
    </div>
  )
}
