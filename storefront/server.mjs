#!/usr/bin/env node
// The storefront's production server: React Router's request handler behind Express, as react-router-serve runs
// it, plus the shop's security headers on every answer, the built files and the resource routes (sitemap.xml,
// robots.txt, healthz) included. Pages and data answers set their own (entry.server.tsx); these fill the rest.
//   PORT=3000 HOST=0.0.0.0 node server.mjs
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { createRequestHandler } from "@react-router/express"
import compression from "compression"
import express from "express"

const here = path.dirname(fileURLToPath(import.meta.url))
const build = await import(pathToFileURL(path.join(here, "build/server/index.js")).href)
const client = path.join(here, "build/client")
// entry.server.tsx's export: the same headers the pages carry, minus their per-response script policy.
const headers = build.entry.module.staticSecurityHeaders()

const app = express()
app.disable("x-powered-by")
app.use(compression())
// Filled in as the answer's head goes out, only where the answer set none of its own: React Router appends its
// headers, so setting them beforehand would send a page two policies.
app.use((_req, res, next) => {
  const writeHead = res.writeHead
  res.writeHead = function (...args) {
    for (const [name, value] of Object.entries(headers)) if (!res.hasHeader(name)) res.setHeader(name, value)
    return writeHead.apply(this, args)
  }
  next()
})
// Hashed file names: cached for a year. Everything else in build/client (fonts, icons) for an hour.
app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }))
app.use(express.static(client, { maxAge: "1h", index: false }))
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }))

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST
const server = host ? app.listen(port, host) : app.listen(port)
server.on("listening", () => {
  const address = server.address()
  console.log(
    `[storefront] http://${host ?? "localhost"}:${typeof address === "object" ? address?.port : port}`,
  )
})
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close(() => process.exit(0)))
