import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"

const infra = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const compose = parse(readFileSync(path.join(infra, "compose/compose.yml"), "utf8"), { merge: true })
const dockerfile = readFileSync(path.join(infra, "docker/Dockerfile"), "utf8")
const stages = [...dockerfile.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((match) => match[1])
const services = compose.services

describe("infra/compose/compose.yml", () => {
  it("builds every image from a stage of infra/docker/Dockerfile", () => {
    const targets = Object.values(services)
      .map((service) => service.build?.target)
      .filter(Boolean)
    expect(new Set(targets)).toEqual(new Set(["backend", "storefront", "console"]))
    for (const target of targets) expect(stages).toContain(target)
  })

  it("depends only on services it defines", () => {
    for (const [name, service] of Object.entries(services)) {
      const deps = Array.isArray(service.depends_on)
        ? service.depends_on
        : Object.keys(service.depends_on ?? {})
      for (const dep of deps) expect(Object.keys(services), `${name} -> ${dep}`).toContain(dep)
    }
  })

  it("runs the API in server mode and jobs in worker mode against two Redis instances", () => {
    expect(services.backend.environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(services.worker.environment.MEDUSA_WORKER_MODE).toBe("worker")
    expect(services.backend.environment.QUEUE_REDIS_URL).toBe("redis://redis-queue:6379")
    expect(services.backend.environment.REDIS_URL).toBe("redis://redis-cache:6379")
  })

  it("keeps the queue's Redis from evicting or forgetting jobs", () => {
    const command = services["redis-queue"].command.join(" ")
    expect(command).toContain("--maxmemory-policy noeviction")
    expect(command).toContain("--appendonly yes")
  })

  it("migrates before the backend starts, and checks health on /ready", () => {
    expect(services.backend.depends_on.migrate.condition).toBe("service_completed_successfully")
    expect(services.backend.healthcheck.test.join(" ")).toContain("/ready")
  })
})
