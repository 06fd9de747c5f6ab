#!/usr/bin/env node
// Writes docs/benchmarks.md from the result files in infra/bench/results/ (whichever exist): `npm run bench`
// calls it at the end, and `node infra/bench/report.mjs` regenerates it alone. Known results get their own
// tables; any other result file is listed generically, so a new benchmark shows up without touching this.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "../..")

const fmt = (value, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value)
    ? "–"
    : typeof value === "number"
      ? Number.isInteger(value)
        ? value.toLocaleString("en-US")
        : value.toLocaleString("en-US", { maximumFractionDigits: digits })
      : String(value)

const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(fmt).join(" | ")} |`),
  ].join("\n")

const goals = (result) =>
  result.goals
    ? Object.entries(result.goals)
        .map(([name, met]) => `- ${met ? "met" : "**not met**"}: ${name.replaceAll("_", " ")}`)
        .join("\n")
    : ""

const loadRow = (label, run) =>
  run
    ? [
        label,
        run.req_per_s,
        run.latency_ms?.p50,
        run.latency_ms?.p99,
        run.bytes_per_response,
        (run.errors ?? 0) + (run.timeouts ?? 0),
      ]
    : [label, null, null, null, null, null]
const LOAD_HEAD = ["request", "req/s", "p50 ms", "p99 ms", "bytes/response", "errors / timeouts"]

function catalogSection(result) {
  const built = (name) => result.builds?.[name]
  const statements = result.statements ?? {}
  const stmt = (part) => [part.limit_10?.median, part.limit_50?.median]
  const seed = result.scale_seed ?? {}
  const first = seed.first_run
  const lines = [
    "## Catalogue read path (`/store/catalog`)",
    "",
    `${result.method}. Data: ${fmt(result.data?.products)} products (${fmt(result.data?.cards_in_region)} on sale in USD), ${fmt(result.data?.families)} families, ${fmt(result.data?.orders)} orders. Headline figures from the **${result.headline_build}** build${result.build_note ? ` (${result.build_note})` : ""}; Medusa and the catalogue are always measured on the same server.`,
    "",
    table(LOAD_HEAD, [
      loadRow("GET /health (the framework's ceiling)", result.health),
      loadRow("GET /store/products?limit=20 (Medusa)", result.store_products),
      loadRow("GET /store/catalog?limit=20 (from Redis)", result.catalog),
      loadRow("GET /store/catalog?limit=20 (every request a cache miss)", result.catalog_uncached),
    ]),
    "",
    table(
      ["ratio", "measured", "goal"],
      [
        ["catalogue req/s ÷ Medusa req/s", `${fmt(result.catalog_vs_medusa_ratio)}×`, "≥ 25×"],
        [
          "catalogue (cache miss) req/s ÷ Medusa req/s",
          `${fmt(result.catalog_uncached_vs_medusa_ratio)}×`,
          "–",
        ],
        ["catalogue req/s ÷ /health req/s", fmt(result.catalog_vs_health_ratio, 2), "≥ 0.30"],
        ["catalogue bytes ÷ Medusa bytes (20 cards)", fmt(result.bytes_vs_medusa_ratio, 3), "≤ 0.20"],
      ],
    ),
    "",
    "Development server (ts-node) against the compiled build (`medusa build`, started from `.medusa/server`):",
    "",
    table(
      [
        "build",
        "/health req/s",
        "Medusa req/s",
        "catalogue req/s",
        "catalogue miss req/s",
        "catalogue p99 ms",
      ],
      ["development", "production"]
        .filter((name) => built(name))
        .map((name) => [
          name === "production" ? "compiled" : "development (ts-node)",
          built(name).health.req_per_s,
          built(name).store_products.req_per_s,
          built(name).catalog.req_per_s,
          built(name).catalog_uncached.req_per_s,
          built(name).catalog.latency_ms.p99,
        ]),
    ),
    "",
    `SQL statements per request (${statements.method ?? "–"}):`,
    "",
    table(
      ["request", "limit 10", "limit 50"],
      [
        ["GET /store/catalog, cache miss", ...stmt(statements.catalog_uncached ?? {})],
        ["GET /store/catalog, from Redis", ...stmt(statements.catalog_cached ?? {})],
        ["GET /store/products (Medusa)", ...stmt(statements.store_products ?? {})],
      ],
    ),
    "",
    "Listing p99 at 1k products (a database of its own) against 10k:",
    "",
    table(
      ["listing", "p99 ms at 1k", "p99 ms at 10k", "10k ÷ 1k", "goal"],
      ["cached", "uncached"].map((kind) => {
        const row = result.scale_1k_vs_10k?.[kind] ?? {}
        return [
          kind === "cached" ? "from Redis" : "cache miss",
          row.p99_ms_1k,
          row.p99_ms_10k,
          row.ratio,
          "≤ 1.5",
        ]
      }),
    ),
    "",
    first
      ? `Scale seed (\`npm run seed:scale -- --families ${first.size?.families} --products ${first.size?.products} --orders ${first.size?.orders}\`) on a database with only the demo data: ${fmt(first.seconds)} s (${first.summary ?? ""}). Run again at the same size it adds nothing${seed.this_run ? ` (${fmt(seed.this_run.seconds)} s this run, mostly Medusa's start-up and the catalogue check)` : ""}.`
      : "",
    "",
    goals(result),
    "",
    "What limits it: every `/store` request goes through Medusa's publishable-key check before any route runs, a " +
      "`query.graph` over the API key and its sales channels (MikroORM, one or two SQL statements) with no cache " +
      "unless Medusa's caching module (behind the `MEDUSA_FF_CACHING` flag) is enabled, plus the session, cookie, " +
      "CORS and locale middlewares. Profiles of the catalogue answered from Redis show that pipeline as most of the " +
      "server's CPU; the route itself (validation, one Redis round trip, writing the stored JSON) is a small part. " +
      "`/health` is registered before all of it, so no `/store` route can reach its throughput on the same core. " +
      "On a cache miss the page and its total are one SQL statement on index-only or ordered index scans.",
  ]
  return lines.join("\n")
}

function storeProductsSection(result) {
  return [
    "## Medusa's `/store/products` and `/health`",
    "",
    `${fmt(result.data?.products)} products; server RSS ${fmt(result.server_rss_mb)} MB.`,
    "",
    table(LOAD_HEAD, [
      loadRow("GET /store/products?limit=20 (USD)", result.store_products),
      loadRow("GET /health", result.health),
    ]),
  ].join("\n")
}

function checkoutSection(result) {
  const flows = Object.keys(result.flows ?? {})
  const withInterval = (value, range) => (range ? `${fmt(value)} (${range[0]}–${range[1]})` : value)
  const row = (label, values) => [
    label,
    ...flows.map((flow) => values[flow]?.p50),
    withInterval(values.ratio_p50, values.ratio_p50_interval90),
    withInterval(values.ratio_vs_single_card_p50, values.ratio_vs_single_card_interval90),
    withInterval(values.ratio_vs_one_family_card_p50, values.ratio_vs_one_family_card_interval90),
  ]
  const rows = Object.entries(result.steps ?? {}).map(([step, values]) =>
    row(step.replaceAll("_", " "), values),
  )
  if (result.total) rows.push(row("**total**", result.total))
  return [
    "## Checkout",
    "",
    `${result.method ?? ""}; ${fmt(result.runs)} rounds. Flows: ${Object.entries(result.flows ?? {})
      .map(([name, text]) => `**${name}**: ${text}`)
      .join("; ")}.`,
    "",
    table(
      [
        "step (p50 ms)",
        ...flows,
        "multi ÷ single (90% interval)",
        "multi ÷ single_card (90% interval)",
        "multi ÷ one_family_card (90% interval)",
      ],
      rows,
    ),
    "",
    goals(result),
  ].join("\n")
}

const PROFILE_PACKAGES = 10
const PROFILE_FUNCTIONS = 8

const spread = (summary) =>
  summary?.cpu_ms_p50 === undefined ? null : `${fmt(summary.cpu_ms_p50)} / ${fmt(summary.cpu_ms_max)}`

/** Per profiled step: CPU ms per request by package for every flow, then the multi flow's busiest functions. */
function checkoutProfileSection(result) {
  const parts = ["## Checkout: where the server's CPU goes", "", `${result.method ?? ""}.`]
  for (const [step, byFlow] of Object.entries(result.steps ?? {})) {
    const flows = Object.keys(byFlow)
    const lead = byFlow.multi ?? byFlow[flows[0]]
    const packages = (lead?.by_package ?? []).slice(0, PROFILE_PACKAGES).map((entry) => entry.package)
    const msOf = (flow, name) => byFlow[flow]?.by_package.find((entry) => entry.package === name)?.ms
    parts.push(
      "",
      `### ${step.replaceAll("_", " ")}`,
      "",
      table(
        ["CPU ms per request", ...flows],
        [
          ["**in all** (mean)", ...flows.map((flow) => byFlow[flow]?.cpu_ms)],
          ["median request / busiest", ...flows.map((flow) => spread(byFlow[flow]))],
          ["wall p50 (timed rounds)", ...flows.map((flow) => result.timed_p50_ms?.[step]?.[flow])],
          ...packages.map((name) => [`\`${name}\``, ...flows.map((flow) => msOf(flow, name))]),
        ],
      ),
      "",
      table(
        [`busiest functions (${byFlow.multi ? "multi" : flows[0]})`, "ms"],
        (lead?.top_functions ?? [])
          .slice(0, PROFILE_FUNCTIONS)
          .map((entry) => [`\`${entry.function}\``, entry.ms]),
      ),
    )
  }
  return parts.join("\n")
}

function queueSection(result) {
  const row = (label, phase) => [
    label,
    phase?.enqueue_jobs_per_s,
    phase?.process_jobs_per_s,
    phase?.end_to_end_jobs_per_s,
  ]
  return [
    "## Job queue",
    "",
    `${fmt(result.jobs)} jobs, worker concurrency ${fmt(result.concurrency)}.`,
    "",
    table(
      ["runtime", "enqueue jobs/s", "process jobs/s", "end to end jobs/s"],
      [
        row("bare BullMQ", result.bare_bullmq),
        row("Usra queue module", result.usra_queue),
        [
          "ratio",
          result.usra_vs_bare_ratio?.enqueue,
          result.usra_vs_bare_ratio?.process,
          result.usra_vs_bare_ratio?.end_to_end,
        ],
      ],
    ),
    "",
    goals(result),
  ].join("\n")
}

/** Every number in a result, flattened to dotted paths (for results this file has no table for). */
function flatten(value, prefix = "", out = []) {
  if (Array.isArray(value)) return out
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "goals") continue
      flatten(child, prefix ? `${prefix}.${key}` : key, out)
    }
  } else if (typeof value === "number" || typeof value === "boolean") out.push([prefix, value])
  return out
}

function genericSection(name, result) {
  return [
    `## ${result.benchmark ?? name}`,
    "",
    result.method ? `${result.method}.\n` : "",
    table(["measure", "value"], flatten(result)),
    "",
    goals(result),
  ].join("\n")
}

const SECTIONS = {
  "catalog.json": catalogSection,
  "store-products.json": storeProductsSection,
  "checkout.json": checkoutSection,
  "checkout-profile.json": checkoutProfileSection,
  "queue.json": queueSection,
}
const ORDER = ["catalog.json", "store-products.json", "checkout.json", "checkout-profile.json", "queue.json"]

export function writeBenchmarksDoc() {
  const dir = path.join(here, "results")
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith(".json")) : []
  files.sort((a, b) => {
    const rank = (file) => (ORDER.includes(file) ? ORDER.indexOf(file) : ORDER.length)
    return rank(a) - rank(b) || a.localeCompare(b)
  })
  const results = files.map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), "utf8"))])
  const machine = results.map(([, result]) => result.machine).find(Boolean)
  const body = [
    "# Benchmarks",
    "",
    "Generated by `npm run bench` (or `node infra/bench/report.mjs`) from the JSON files in `infra/bench/results/`; " +
      "edit those scripts, not this file. Each section is the latest run of that benchmark.",
    machine
      ? `\nMachine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.memory_gb} GB, Node ${machine.node}.`
      : "",
    "",
    ...results.map(([file, result]) => {
      const dated = result.date ?? result.measured_at
      const section = (SECTIONS[file] ?? ((data) => genericSection(file.replace(/\.json$/, ""), data)))(
        result,
      )
      return `${section}\n\n_Source: \`infra/bench/results/${file}\`${dated ? `, ${dated}` : ""}._\n`
    }),
  ].join("\n")
  const target = path.join(root, "docs", "benchmarks.md")
  writeFileSync(target, `${body.replace(/\n{3,}/g, "\n\n").trim()}\n`)
  return target
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`written ${path.relative(root, writeBenchmarksDoc())}`)
}
