import { Badge } from "@usra/ui"
import { Link, useParams } from "react-router"
import { api } from "../../api"
import { PageHeader } from "../../components/page-header"
import { QueryState } from "../../components/query-state"
import { ConsignmentStatusBadge } from "../../components/status-badge"
import { useOrderOverview } from "../../hooks/api/orders"
import { dateTime, majorMoney, money } from "../../lib/format"
import { useLocale } from "../../lib/use-locale"
import { displayCode } from "../hub/code"
import { orderTimeline, type TimelineEntry } from "./timeline"

function TimelineText({ entry }: { entry: TimelineEntry }) {
  const { t, locale } = useLocale()
  const name = (family: { name_ar: string; name_en: string } | null) =>
    family ? (locale === "ar" ? family.name_ar : family.name_en) : "—"
  switch (entry.kind) {
    case "placed":
      return <>{t("admin.orders.placed_event")}</>
    case "received":
      return <>{t("admin.orders.received_event", { family: name(entry.family) })}</>
    case "rejected":
      return (
        <>
          {t("admin.orders.rejected_event", { family: name(entry.family) })}
          {entry.reason ? `: ${entry.reason}` : ""}
        </>
      )
    case "cancelled":
      return (
        <>
          {t("admin.orders.cancelled_event", { family: name(entry.family) })}
          {entry.reason ? `: ${entry.reason}` : ""}
        </>
      )
    case "shipped":
      return (
        <>{t("admin.orders.shipped_event", { carrier: entry.carrier, tracking: entry.tracking ?? "—" })}</>
      )
    case "event":
      return (
        <>
          {t(`admin.shipment_status.${entry.status}`)}: {entry.description}
          {entry.location ? ` · ${entry.location}` : ""}
        </>
      )
  }
}

function timelineKey(entry: TimelineEntry): string {
  const detail =
    "family" in entry ? (entry.family?.name_en ?? "") : "description" in entry ? entry.description : ""
  return `${entry.kind}-${entry.at}-${detail}`
}

export function Component() {
  const { id } = useParams()
  const { t, locale } = useLocale()
  const overview = useOrderOverview(id)
  return (
    <QueryState query={overview}>
      {(data) => (
        <article aria-labelledby="page-title">
          <PageHeader
            title={`${t("admin.orders.number")} #${data.order.display_id}`}
            intro={`${dateTime(data.order.created_at, locale)} · ${majorMoney(data.order.total, locale, data.order.currency_code)}`}
            actions={<Link to="/orders">{t("admin.common.back")}</Link>}
          />
          <div className="two-columns">
            <div className="stack">
              <section aria-labelledby="families-title">
                <h2 id="families-title">{t("admin.orders.families")}</h2>
                <table className="usra-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("admin.hub.family")}</th>
                      <th scope="col" className="usra-num">
                        {t("admin.orders.share")}
                      </th>
                      <th scope="col">{t("admin.common.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.family_orders.map((child) => (
                      <tr key={child.id}>
                        <td>
                          {child.family
                            ? locale === "ar"
                              ? child.family.name_ar
                              : child.family.name_en
                            : child.family_id}
                        </td>
                        <td className="usra-num">
                          {child.subtotal_jod !== null
                            ? money(child.subtotal_jod, locale)
                            : money(child.subtotal, locale, child.currency_code)}
                        </td>
                        <td>
                          <Badge>{child.status}</Badge>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section aria-labelledby="consignments-title">
                <h2 id="consignments-title">{t("admin.orders.consignments")}</h2>
                <ul className="compact-list">
                  {data.consignments.map((consignment) => (
                    <li key={consignment.id}>
                      <strong className="code">{displayCode(consignment.code)}</strong>{" "}
                      {consignment.family
                        ? locale === "ar"
                          ? consignment.family.name_ar
                          : consignment.family.name_en
                        : ""}{" "}
                      <ConsignmentStatusBadge status={consignment.status} />{" "}
                      <a
                        href={api.consignments.packingSlipUrl(consignment.id)}
                        target="_blank"
                        rel="noreferrer"
                      >
                        {t("admin.hub.packing_slip")}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <div className="stack">
              <section aria-labelledby="shipment-title">
                <h2 id="shipment-title">{t("admin.orders.shipment")}</h2>
                {data.shipment ? (
                  <p>
                    <Badge tone="info">{t(`admin.shipment_status.${data.shipment.status}`)}</Badge>{" "}
                    {data.shipment.tracking_number ? (
                      <>
                        {t("admin.orders.tracking")}: <bdi>{data.shipment.tracking_number}</bdi>{" "}
                      </>
                    ) : null}
                    <a href={api.shipments.labelUrl(data.shipment.id)} target="_blank" rel="noreferrer">
                      {t("admin.orders.label")}
                    </a>
                  </p>
                ) : (
                  <p className="muted">{t("admin.orders.no_shipment")}</p>
                )}
              </section>
              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{t("admin.orders.timeline")}</h2>
                <ol className="timeline">
                  {orderTimeline(data).map((entry) => (
                    <li key={timelineKey(entry)}>
                      <time dateTime={entry.at}>{dateTime(entry.at, locale)}</time>{" "}
                      <TimelineText entry={entry} />
                    </li>
                  ))}
                </ol>
              </section>
            </div>
          </div>
        </article>
      )}
    </QueryState>
  )
}
