import { S3FileService } from "@medusajs/file-s3/dist/services/s3-file"
import { describe, expect, it } from "vitest"
import { readEnv } from "../env"
import { fileModule } from "../files"

const base = { DATABASE_URL: "postgres://localhost/usra", REDIS_URL: "redis://localhost:6379" }
const s3 = {
  S3_BUCKET: "usra-files",
  S3_REGION: "eu-central-1",
  S3_FILE_URL: "https://files.usra.jo",
  S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  S3_SECRET_ACCESS_KEY: "secret-example",
}
const providerOf = (env: Record<string, string>) =>
  fileModule(readEnv({ ...base, ...env })).options.providers[0]

describe("file storage", () => {
  it("keeps files on this server's disk when no bucket is configured, public ones served under /static", () => {
    const provider = providerOf({ BACKEND_URL: "https://api.usra.jo" })
    expect(provider?.resolve).toBe("@medusajs/medusa/file-local")
    expect(provider?.options).toMatchObject({
      upload_dir: "static/uploads",
      private_upload_dir: "private-uploads",
      backend_url: "https://api.usra.jo/static/uploads",
    })
  })

  it("uses S3 when a bucket is configured, with options Medusa's S3 provider accepts", () => {
    const provider = providerOf(s3)
    expect(provider?.resolve).toBe("@medusajs/medusa/file-s3")
    // The provider itself validates its options when it is built: built here without touching the network.
    const service = new S3FileService(
      { logger: console } as never,
      provider?.options as ConstructorParameters<typeof S3FileService>[1],
    )
    const config = (service as unknown as { config_: Record<string, unknown> }).config_
    expect(config).toMatchObject({
      bucket: "usra-files",
      region: "eu-central-1",
      fileUrl: "https://files.usra.jo",
    })
  })

  it("talks path-style to an S3-compatible endpoint", () => {
    const provider = providerOf({ ...s3, S3_ENDPOINT: "https://minio.usra.internal" })
    expect(provider?.options).toMatchObject({
      endpoint: "https://minio.usra.internal",
      additional_client_config: { forcePathStyle: true },
    })
  })

  it("refuses a bucket without what it needs, naming each missing setting", () => {
    expect(() => providerOf({ S3_BUCKET: "usra-files", S3_REGION: "eu-central-1" })).toThrow(
      "S3_BUCKET is set, so these must be set too: S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FILE_URL",
    )
    expect(() => providerOf({ ...s3, S3_FILE_URL: "not a url" })).toThrow(/S3_FILE_URL must be a URL/)
  })
})
