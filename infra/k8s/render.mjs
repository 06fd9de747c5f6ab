// Renders a kustomization the way `kubectl kustomize` does, for the features Usra's manifests use: resources
// (files and directories), namespace, labels (metadata only), images and replicas. The test checks it against
// `kubectl kustomize` wherever kubectl exists, so it cannot drift from the real tool unnoticed.
import { readFileSync, statSync } from "node:fs"
import path from "node:path"
import { parseAllDocuments } from "yaml"

const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition"])
const SUPPORTED = new Set(["apiVersion", "kind", "namespace", "labels", "resources", "images", "replicas"])

function readYaml(file) {
  return parseAllDocuments(readFileSync(file, "utf8"))
    .map((doc) => doc.toJS())
    .filter((value) => value && typeof value === "object")
}

function podSpecOf(object) {
  if (object.kind === "Job") return object.spec?.template?.spec
  if (["Deployment", "StatefulSet", "DaemonSet"].includes(object.kind)) return object.spec?.template?.spec
  if (object.kind === "CronJob") return object.spec?.jobTemplate?.spec?.template?.spec
  return undefined
}

function retag(image, rules) {
  const at = image.lastIndexOf(":")
  const name = at > image.lastIndexOf("/") ? image.slice(0, at) : image
  const tag = at > image.lastIndexOf("/") ? image.slice(at + 1) : undefined
  const rule = rules.find((candidate) => candidate.name === name)
  if (!rule) return image
  const newTag = rule.newTag ?? tag
  return `${rule.newName ?? name}${newTag ? `:${newTag}` : ""}`
}

/** The objects a kustomization directory renders to. */
export function renderKustomization(dir) {
  const [kustomization] = readYaml(path.join(dir, "kustomization.yaml"))
  for (const key of Object.keys(kustomization)) {
    if (!SUPPORTED.has(key))
      throw new Error(`${dir}/kustomization.yaml: "${key}" is not supported by render.mjs`)
  }
  const objects = []
  for (const resource of kustomization.resources ?? []) {
    const target = path.resolve(dir, resource)
    objects.push(...(statSync(target).isDirectory() ? renderKustomization(target) : readYaml(target)))
  }
  for (const object of objects) {
    object.metadata ??= {}
    if (kustomization.namespace && !CLUSTER_SCOPED.has(object.kind)) {
      object.metadata.namespace = kustomization.namespace
    }
    for (const { pairs } of kustomization.labels ?? []) {
      object.metadata.labels = { ...object.metadata.labels, ...pairs }
    }
    const pod = podSpecOf(object)
    if (pod && kustomization.images) {
      for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
        container.image = retag(container.image, kustomization.images)
      }
    }
    const replicas = (kustomization.replicas ?? []).find((rule) => rule.name === object.metadata.name)
    if (replicas && object.spec && "replicas" in object.spec) object.spec.replicas = replicas.count
  }
  return objects
}
