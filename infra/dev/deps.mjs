// Installs the workspace's dependencies when node_modules is missing or older than the lockfile.
// Uses only Node's own modules: it runs before anything is installed.
import { spawnSync } from "node:child_process"
import { existsSync, statSync } from "node:fs"
import path from "node:path"

export function dependenciesInstalled(root) {
  const marker = path.join(root, "node_modules", ".package-lock.json")
  const lock = path.join(root, "package-lock.json")
  if (!existsSync(marker)) return false
  return !existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs
}

export function ensureDependencies(root, log = (line) => console.log(`[deps] ${line}`)) {
  if (dependenciesInstalled(root)) {
    log("dependencies are installed")
    return
  }
  const command = existsSync(path.join(root, "package-lock.json")) ? "ci" : "install"
  log(`installing dependencies (npm ${command}); the first time takes a few minutes`)
  const started = Date.now()
  const result = spawnSync("npm", [command, "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" })
  if (result.status !== 0) {
    throw new Error(`npm ${command} failed with exit code ${result.status}`)
  }
  log(`dependencies installed in ${Math.round((Date.now() - started) / 1000)} s`)
}
