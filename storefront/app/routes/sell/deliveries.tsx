import { type SellerConsignment, UsraApiError } from "@usra/api-client"
import { Button } from "@usra/ui"
import { data, Form, redirect, useNavigation } from "react-router"
import { toLocale } from "../../lib/i18n"
import { sellPaths } from "../../lib/sell-paths"
import { requireSeller } from "../../lib/seller.server"
import { Badge, Flash, formatDate, PortalPage, usePortal } from "../../modules/portal/ui"
import type { Route } from "./+types/deliveries"
import { portalMeta } from "./meta"

const OPEN = new Set(["awaiting_dropoff", "ready"])

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requireSeller(request, toLocale(params.lang))
  const { consignments } = await api.consignments.list({ limit: 100 })
  const open = consignments
    .filter((row) => OPEN.has(row.status))
    .sort((a, b) => a.dropoff_deadline.localeCompare(b.dropoff_deadline))
  return {
    open,
    past: consignments.filter((row) => !OPEN.has(row.status)).slice(0, 20),
    now: Date.now(),
    done: new URL(request.url).searchParams.get("done") === "ready",
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = toLocale(params.lang)
  const { api } = await requireSeller(request, locale)
  const id = String((await request.formData()).get("consignment_id") ?? "")
  try {
    await api.consignments.ready(id)
  } catch (error) {
    if (error instanceof UsraApiError && (error.status === 404 || error.status === 409))
      return data({ failed: true }, { status: error.status })
    throw error
  }
  return redirect(`${sellPaths.deliveries(locale)}?done=ready`)
}

export const meta: Route.MetaFunction = ({ matches, params }) =>
  portalMeta(matches, params.lang, "deliveries.title")

/** "7KQ2M9XP" as "7KQ2 M9XP": easier to read out at the counter. */
const spaced = (code: string) => code.replace(/(.{4})(?=.)/g, "$1 ")

function Delivery({ row, now }: { row: SellerConsignment; now: number }) {
  const { t, locale } = usePortal()
  const busy = useNavigation().state !== "idle"
  const late = OPEN.has(row.status) && new Date(row.dropoff_deadline).getTime() < now
  const tone =
    row.status === "received"
      ? "good"
      : row.status === "ready"
        ? "wait"
        : OPEN.has(row.status)
          ? "plain"
          : "bad"
  const reason = row.rejection_reason ?? row.cancellation_reason
  return (
    <li
      className={`portal-card portal-delivery${late ? " portal-delivery--late" : ""}`}
      data-testid="delivery"
    >
      <h2>{t("portal.deliveries.order", { number: row.display_id })}</h2>
      <p>
        <Badge tone={tone}>{t(`portal.deliveries.status.${row.status}`)}</Badge>
      </p>
      <dl className="portal-facts">
        <div>
          <dt>{t("portal.deliveries.code")}</dt>
          <dd className="portal-code" dir="ltr">
            {spaced(row.code)}
          </dd>
        </div>
        <div>
          <dt>{t("portal.deliveries.bring_to")}</dt>
          <dd>{row.hub}</dd>
        </div>
        <div>
          <dt>{t("portal.deliveries.deadline")}</dt>
          <dd>{formatDate(row.dropoff_deadline, locale, true)}</dd>
        </div>
        <div>
          <dt>{t("portal.deliveries.items")}</dt>
          <dd>
            <ul>
              {row.items.map((item) => (
                <li key={item.line_item_id}>
                  <bdi>{item.quantity}</bdi> × {item.title}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {late ? <p className="portal-reason">{t("portal.deliveries.overdue")}</p> : null}
      {reason && !OPEN.has(row.status) ? <p>{t("portal.deliveries.reason", { reason })}</p> : null}
      {row.status === "awaiting_dropoff" ? (
        <Form method="post">
          <input type="hidden" name="consignment_id" value={row.id} />
          <Button type="submit" size="lg" block busy={busy}>
            {t("portal.deliveries.ready")}
          </Button>
        </Form>
      ) : null}
    </li>
  )
}

export default function SellDeliveries({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePortal()
  const { open, past, now, done } = loaderData
  return (
    <PortalPage title={t("portal.deliveries.title")} intro={t("portal.deliveries.intro")}>
      <Flash
        ok={done && !actionData ? t("portal.deliveries.marked_ready") : null}
        error={actionData?.failed ? t("portal.errors.generic") : null}
      />
      {open.length === 0 ? (
        <p className="portal-empty">{t("portal.deliveries.empty")}</p>
      ) : (
        <ul className="portal-list">
          {open.map((row) => (
            <Delivery key={row.id} row={row} now={now} />
          ))}
        </ul>
      )}
      {past.length ? (
        <section aria-labelledby="past-deliveries">
          <h2 id="past-deliveries">{t("portal.deliveries.past")}</h2>
          <ul className="portal-list">
            {past.map((row) => (
              <Delivery key={row.id} row={row} now={now} />
            ))}
          </ul>
        </section>
      ) : null}
    </PortalPage>
  )
}
