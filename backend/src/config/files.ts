import { ConfigError, type Env } from "./env"

/**
 * Medusa's file module. With S3_BUCKET set, files go to S3 (or an S3-compatible service): every replica of the API
 * sees every file, product photos are public-read and family documents private (the provider sets each file's ACL
 * from the `access` we upload it with). Without it, files stay on this server's disk, fine for one instance: public
 * ones under /static, private ones in a folder nothing serves.
 */
export function fileModule(env: Env) {
  return {
    resolve: "@medusajs/medusa/file",
    options: { providers: [env.S3_BUCKET ? s3Provider(env, env.S3_BUCKET) : localProvider(env)] },
  }
}

function s3Provider(env: Env, bucket: string) {
  const missing = (["S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const).filter(
    (name) => !env[name],
  )
  if (missing.length) {
    throw new ConfigError(`S3_BUCKET is set, so these must be set too: ${missing.join(", ")}`)
  }
  return {
    resolve: "@medusajs/medusa/file-s3",
    id: "s3",
    options: {
      bucket,
      region: env.S3_REGION,
      file_url: env.S3_FILE_URL,
      access_key_id: env.S3_ACCESS_KEY_ID,
      secret_access_key: env.S3_SECRET_ACCESS_KEY,
      ...(env.S3_ENDPOINT
        ? { endpoint: env.S3_ENDPOINT, additional_client_config: { forcePathStyle: true } }
        : {}),
    },
  }
}

function localProvider(env: Env) {
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: {
      upload_dir: "static/uploads",
      private_upload_dir: "private-uploads",
      backend_url: `${env.BACKEND_URL ?? `http://localhost:${env.PORT}`}/static/uploads`,
    },
  }
}
