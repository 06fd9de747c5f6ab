import { execFileSync, spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { Deployment } from "kubernetes-models/apps/v1/Deployment"
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler"
import { Job } from "kubernetes-models/batch/v1/Job"
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress"
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget"
import { ConfigMap } from "kubernetes-models/v1/ConfigMap"
import { Namespace } from "kubernetes-models/v1/Namespace"
import { Secret } from "kubernetes-models/v1/Secret"
import { Service } from "kubernetes-models/v1/Service"
import { describe, expect, it } from "vitest"
import { parseAllDocuments } from "yaml"
import { securityHeaders } from "../../../admin/security-headers.ts"
import { EnvSchema } from "../../../backend/src/config/env.ts"
import { renderKustomization } from "../render.mjs"

const k8s = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const overlays = { base: path.join(k8s, "base"), production: path.join(k8s, "overlays/production") }
const MODELS = {
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "batch/v1/Job": Job,
  "v1/ConfigMap": ConfigMap,
  "v1/Namespace": Namespace,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "networking.k8s.io/v1/Ingress": Ingress,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
}
const key = (object) => `${object.kind}/${object.metadata.name}`
const byKey = (objects) => Object.fromEntries(objects.map((object) => [key(object), object]))
const containersOf = (object) => object.spec.template.spec.containers
const envOf = (container) => Object.fromEntries((container.env ?? []).map((entry) => [entry.name, entry]))
const secretTemplate = parseAllDocuments(
  readFileSync(path.join(k8s, "base/secret.template.yaml"), "utf8"),
)[0].toJS()
const kubectl = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" }).status === 0

describe.each(Object.entries(overlays))("the %s kustomization", (_name, dir) => {
  const objects = renderKustomization(dir)
  const all = byKey(objects)

  it("renders objects that each validate against the Kubernetes schema of their kind", () => {
    expect(objects.length).toBeGreaterThan(10)
    for (const object of objects) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`]
      expect(Model, `no schema for ${object.apiVersion} ${object.kind}`).toBeDefined()
      expect(() => new Model(object).validate(), key(object)).not.toThrow()
    }
  })

  it.runIf(kubectl)("renders exactly what `kubectl kustomize` renders", () => {
    const out = execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8" })
    const real = parseAllDocuments(out).map((doc) => doc.toJS())
    expect(byKey(objects)).toEqual(byKey(real))
  })

  it("runs the API in server mode and the jobs in worker mode, with probes on real health checks", () => {
    const server = containersOf(all["Deployment/backend-server"])[0]
    const worker = containersOf(all["Deployment/backend-worker"])[0]
    expect(envOf(server).MEDUSA_WORKER_MODE.value).toBe("server")
    expect(envOf(worker).MEDUSA_WORKER_MODE.value).toBe("worker")
    for (const container of [server, worker]) {
      // /ready checks PostgreSQL and Redis; /health only that the process answers.
      expect(container.readinessProbe.httpGet.path).toBe("/ready")
      expect(container.livenessProbe.httpGet.path).toBe("/health")
    }
    expect(
      all["Deployment/backend-worker"].spec.template.spec.terminationGracePeriodSeconds,
    ).toBeGreaterThanOrEqual(60)
  })

  it("gives every container probes and resource requests, and runs nothing as root", () => {
    for (const object of objects.filter((candidate) => candidate.kind === "Deployment")) {
      for (const container of containersOf(object)) {
        expect(container.readinessProbe, `${key(object)} readiness`).toBeDefined()
        expect(container.livenessProbe, `${key(object)} liveness`).toBeDefined()
        expect(container.resources?.requests?.memory, `${key(object)} memory request`).toBeDefined()
        expect(container.securityContext?.allowPrivilegeEscalation).toBe(false)
      }
    }
  })

  it("scales the API and the shop on CPU, and every autoscaler targets a Deployment that exists", () => {
    const hpas = objects.filter((object) => object.kind === "HorizontalPodAutoscaler")
    expect(hpas.map((hpa) => hpa.spec.scaleTargetRef.name).sort()).toEqual(["backend-server", "storefront"])
    for (const hpa of hpas) expect(all[`Deployment/${hpa.spec.scaleTargetRef.name}`]).toBeDefined()
  })

  it("routes every Ingress path to a Service that selects pods of a Deployment, on a port it names", () => {
    const paths = all["Ingress/usra"].spec.rules.flatMap((rule) => rule.http.paths)
    expect(paths).toHaveLength(3)
    for (const { backend } of paths) {
      const service = all[`Service/${backend.service.name}`]
      expect(service, backend.service.name).toBeDefined()
      expect(service.spec.ports.map((port) => port.name)).toContain(backend.service.port.name)
      const selected = objects.filter(
        (object) =>
          object.kind === "Deployment" &&
          Object.entries(service.spec.selector).every(
            ([label, value]) => object.spec.template.metadata.labels[label] === value,
          ),
      )
      expect(selected, `pods for ${service.metadata.name}`).toHaveLength(1)
      const targetPort = service.spec.ports[0].targetPort
      expect(containersOf(selected[0])[0].ports.map((port) => port.name)).toContain(targetPort)
    }
  })

  it("references only config and secret keys that exist", () => {
    const config = all["ConfigMap/usra-config"].data
    for (const object of objects.filter((candidate) => candidate.kind === "Deployment")) {
      for (const container of containersOf(object)) {
        for (const entry of container.env ?? []) {
          const ref = entry.valueFrom?.configMapKeyRef ?? entry.valueFrom?.secretKeyRef
          if (!ref) continue
          const keys = entry.valueFrom.configMapKeyRef ? config : secretTemplate.stringData
          expect(keys, `${key(object)} ${entry.name}`).toHaveProperty(ref.key)
        }
      }
    }
    expect(config.NODE_ENV).toBe("production")
    expect(new Secret(secretTemplate).validate()).toBeUndefined()
  })

  it("gives every backend container each variable the backend reads (backend/src/config/env.ts)", () => {
    const variables = Object.keys(EnvSchema.shape)
    expect(variables).toContain("CATALOG_CACHE_TTL_SECONDS")
    const config = all["ConfigMap/usra-config"].data
    const backends = objects.filter(
      (object) =>
        ["Deployment", "Job"].includes(object.kind) &&
        containersOf(object).some((container) => container.image.includes("usra/backend")),
    )
    expect(backends.map(key).sort()).toEqual([
      "Deployment/backend-server",
      "Deployment/backend-worker",
      "Job/backend-migrate",
    ])
    for (const object of backends) {
      for (const container of containersOf(object)) {
        const from = (ref) => (container.envFrom ?? []).some((source) => source[ref]?.name)
        const provided = new Set([
          ...(container.env ?? []).map((entry) => entry.name),
          ...(from("configMapRef") ? Object.keys(config) : []),
          ...(from("secretRef") ? Object.keys(secretTemplate.stringData) : []),
        ])
        const missing = variables.filter((name) => !provided.has(name))
        // The migration job runs no HTTP server and no workers: it needs neither a port nor a mode of its own.
        const unneeded = object.kind === "Job" ? ["PORT", "MEDUSA_WORKER_MODE", "QUEUE_WORKER_NAME"] : []
        expect(
          missing.filter((name) => !unneeded.includes(name)),
          `${key(object)} lacks`,
        ).toEqual([])
      }
    }
    expect(config.CATALOG_CACHE_TTL_SECONDS).toBe("600")
    // Every value must pass the backend's own validation, as the pods will read it (blank values count as unset).
    const parsed = EnvSchema.safeParse(
      Object.fromEntries(
        Object.entries({ ...config, ...secretTemplate.stringData, MEDUSA_WORKER_MODE: "server" }).filter(
          ([, value]) => value !== "",
        ),
      ),
    )
    expect(parsed.error?.issues ?? []).toEqual([])
  })
})

describe("the schema check", () => {
  it("refuses a Deployment without a selector or with a non-integer replica count", () => {
    const broken = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "x" },
      spec: { replicas: "two", template: {} },
    }
    expect(() => new Deployment(broken).validate()).toThrow(/selector/)
  })
})

describe("the production overlay", () => {
  it("pins every image to a registry tag and starts three API replicas", () => {
    const objects = renderKustomization(overlays.production)
    const images = objects.flatMap(
      (object) => object.spec?.template?.spec?.containers?.map((container) => container.image) ?? [],
    )
    expect(images.length).toBeGreaterThan(4)
    for (const image of images)
      expect(image).toMatch(/^registry\.example\.org\/usra\/[a-z]+:\d{4}\.\d{2}\.\d{2}$/)
    expect(byKey(objects)["Deployment/backend-server"].spec.replicas).toBe(3)
  })
})

describe("the console's nginx", () => {
  const all = byKey(renderKustomization(overlays.base))
  const config = all["ConfigMap/console-nginx"].data
  const sent = Object.fromEntries(
    [...config["security-headers.inc"].matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((match) => [
      match[1],
      match[2],
    ]),
  )

  it("sends the headers admin/security-headers.ts gives for the API's host, and the ingress agrees", () => {
    const apiHost = all["Ingress/usra"].spec.rules.find(
      (rule) => rule.http.paths[0].backend.service.name === "backend-server",
    ).host
    // Product photos come from the file bucket (S3_FILE_URL) as well as the API.
    const files = all["ConfigMap/usra-config"].data.S3_FILE_URL
    expect(sent).toEqual(securityHeaders(`https://${apiHost}`, [files]))
    // ingress-nginx replaces a pod's header of the same name with its own: they must say the same.
    for (const [name, value] of Object.entries(all["ConfigMap/usra-security-headers"].data)) {
      if (name in sent) expect(value, name).toBe(sent[name])
    }
  })

  it("repeats them in every block that adds a header of its own, and is mounted where nginx reads it", () => {
    const conf = config["default.conf"]
    const blocks = conf.split(/\n\s*location /)
    for (const block of blocks) {
      if (block.includes("add_header"))
        expect(block).toContain("include /etc/nginx/conf.d/security-headers.inc;")
    }
    expect(blocks[0]).toContain("include /etc/nginx/conf.d/security-headers.inc;")
    const pod = all["Deployment/console"].spec.template.spec
    const mount = pod.containers[0].volumeMounts.find((entry) => entry.mountPath === "/etc/nginx/conf.d")
    const volume = pod.volumes.find((entry) => entry.name === mount?.name)
    expect(volume?.configMap?.name).toBe("console-nginx")
  })
})
