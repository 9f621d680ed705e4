// HTTP load generator run in a worker thread, so the server's event loop is not shared with the client.
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

async function generate(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const client = async () => {
    for (;;) {
      const n = next++;
      if (n >= spec.requests) return;
      const template = spec.bodies[n % spec.bodies.length];
      const response = await fetch(spec.url, {
        method: spec.method,
        headers: spec.headers,
        ...(spec.method === "POST" && template !== undefined
          ? { body: template.replaceAll("{{n}}", String(n)) }
          : {}),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, client));
  const seconds = (performance.now() - start) / 1000;
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
