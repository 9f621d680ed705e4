// HTTP load generator run in a worker thread, so the server's event loop is not shared with the client.
import http from "node:http";
import { parentPort, Worker, workerData } from "node:worker_threads";

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  /** Request bodies, used round-robin; a body may contain "{{n}}", replaced by the request number. */
  bodies: string[];
  method: "GET" | "POST";
  requests: number;
  concurrency: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  statuses: Record<string, number>;
}

/** node:http with keep-alive: several times faster than fetch, so the client is not what limits a run. */
function request(agent: http.Agent, url: URL, spec: LoadSpec, body: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: spec.method,
        headers: spec.headers,
      },
      (res) => {
        res.resume();
        res.once("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.once("error", reject);
    req.end(body);
  });
}

async function generate(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  let next = 0;
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const client = async () => {
    for (;;) {
      const n = next++;
      if (n >= spec.requests) return;
      const template = spec.bodies[n % spec.bodies.length];
      const body = spec.method === "POST" ? template?.replaceAll("{{n}}", String(n)) : undefined;
      const status = await request(agent, url, spec, body);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, client));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: spec.requests,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(spec.requests / seconds),
    statuses,
  };
}

if (parentPort && workerData) {
  parentPort.postMessage(await generate(workerData as LoadSpec));
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: spec });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}
