import { Badge, type BadgeTone } from "@usra/ui"
import { useLocale } from "../lib/use-locale"

const FAMILY_TONES: Record<string, BadgeTone> = {
  draft: "neutral",
  submitted: "info",
  under_review: "info",
  approved: "success",
  rejected: "danger",
  changes_requested: "warning",
  suspended: "danger",
}

const CONSIGNMENT_TONES: Record<string, BadgeTone> = {
  awaiting_dropoff: "info",
  ready: "info",
  received: "success",
  rejected: "danger",
  cancelled: "danger",
}

const PAYOUT_TONES: Record<string, BadgeTone> = {
  pending: "info",
  approved: "info",
  sent: "info",
  paid: "success",
  failed: "danger",
  cancelled: "danger",
  pending_approval: "warning",
}

export function FamilyStatusBadge({ status }: { status: string }) {
  const { t } = useLocale()
  return <Badge tone={FAMILY_TONES[status] ?? "neutral"}>{t(`family_status.${status}`)}</Badge>
}

export function ConsignmentStatusBadge({ status }: { status: string }) {
  const { t } = useLocale()
  return (
    <Badge tone={CONSIGNMENT_TONES[status] ?? "neutral"}>{t(`admin.consignment_status.${status}`)}</Badge>
  )
}

export function PayoutStatusBadge({ status }: { status: string }) {
  const { t } = useLocale()
  return <Badge tone={PAYOUT_TONES[status] ?? "neutral"}>{t(`admin.payout_status.${status}`)}</Badge>
}

export function BatchStatusBadge({ status }: { status: string }) {
  const { t } = useLocale()
  return <Badge tone={PAYOUT_TONES[status] ?? "neutral"}>{t(`admin.payouts.status_${status}`)}</Badge>
}
