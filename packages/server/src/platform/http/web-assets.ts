// Serves the built dashboard (single-page app) and the widget bundle from the same process as the API.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const packagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
export const webDist = path.join(packagesDir, "web", "dist");
export const widgetDist = path.join(packagesDir, "widget", "dist");

export async function registerWebAssets(app: FastifyInstance) {
  if (existsSync(webDist)) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: "/",
      // index.html is served by the not-found handler (SPA fallback); hashed assets are cached for good.
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header("cache-control", "public, max-age=31536000, immutable");
        }
      },
    });
  }
  app.get("/", { schema: { hide: true }, config: { public: true } }, async (_request, reply) => {
    const index = await readAppIndex();
    if (!index) return reply.type("text/plain").send("The web app is not built: run npm run build.");
    return reply.type("text/html").header("cache-control", "no-cache").send(index);
  });
  app.get("/widget.js", { schema: { hide: true }, config: { public: true } }, async (_request, reply) => {
    const file = path.join(widgetDist, "widget.js");
    if (!existsSync(file))
      return reply.status(404).type("text/plain").send("The widget is not built: run npm run build.");
    return reply
      .header("cache-control", "public, max-age=300")
      .type("application/javascript")
      .send(await readFile(file));
  });
}

/** Browser navigations to app routes get index.html; the client-side router takes it from there. */
export function isAppNavigation(method: string, url: string, accept: string | undefined): boolean {
  if (method !== "GET" || !accept?.includes("text/html")) return false;
  return !url.startsWith("/api/") && !["/healthz", "/readyz", "/metrics"].includes(url.split("?")[0] ?? "");
}

/** The app's entry page, or undefined when the web package has not been built. */
export async function readAppIndex(): Promise<Buffer | undefined> {
  const file = path.join(webDist, "index.html");
  return existsSync(file) ? readFile(file) : undefined;
}
