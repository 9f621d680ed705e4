import { describe, expect, it, vi } from "vitest";
import { memoryStore } from "./local-store.ts";
import { backoffMs, MAX_QUEUE_AGE_MS, type QueueStep, SubmissionQueue } from "./submission-queue.ts";
import { FakeTime } from "./testing/fake-time.ts";

type Reply = "offline" | { status: number; body?: unknown; headers?: Record<string, string> };

/** The public responses API as the queue sees it through fetch, with scripted failures in front of it. */
function fakeApi() {
  const requests: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
  const script: Reply[] = [];
  const stored = new Map<string, { id: string; answers: Record<string, unknown>; complete: boolean }>();
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = init.headers as Record<string, string>;
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    requests.push({ method: String(init.method), url, headers, body });
    const next = script.shift();
    if (next === "offline") throw new TypeError("Failed to fetch");
    if (next) return Response.json(next.body ?? {}, { status: next.status, headers: next.headers });
    if (init.method === "POST") {
      const key = headers["idempotency-key"] ?? "";
      const replay = stored.get(key);
      const response = replay ?? { id: `r-${stored.size + 1}`, answers: {}, complete: false };
      Object.assign(response.answers, body.answers);
      response.complete = body.complete === true;
      stored.set(key, response);
      return Response.json({ id: response.id, token: `t-${response.id}` }, { status: replay ? 200 : 201 });
    }
    const response = [...stored.values()].find((candidate) => url.endsWith(`/${candidate.id}`));
    if (!response || headers["x-response-token"] !== `t-${response.id}`) return problem(404, "not_found");
    if (response.complete) return problem(409, "response_completed");
    Object.assign(response.answers, body.answers);
    response.complete = body.complete === true;
    return Response.json({ id: response.id, token: `t-${response.id}` });
  };
  return { fetch, requests, script, stored };
}

const problem = (status: number, code: string) =>
  Response.json(
    { status, code, title: code },
    { status, headers: { "content-type": "application/problem+json" } },
  );

function queueWith(api = fakeApi(), store = memoryStore()) {
  const time = new FakeTime();
  const warn = vi.fn();
  const queue = new SubmissionQueue({ store, fetch: api.fetch, clock: time, setTimer: time.setTimer, warn });
  return { queue, api, time, warn, store };
}

const target = { key: "c-1", host: "https://cx.example.vn", survey: "after-visit" };
const create = (answers: Record<string, unknown>, complete: boolean): QueueStep => ({
  kind: "create",
  body: { answers, complete, channel: "widget", clientResponseId: target.key },
});
const update = (answers: Record<string, unknown>, complete: boolean): QueueStep => ({
  kind: "update",
  body: { answers, complete },
});

/** Lets the queue's own promise chain (fetch, json) settle between clock moves. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("submission queue", () => {
  it("creates then completes a response page by page, and empties once acknowledged", async () => {
    const { queue, api } = queueWith();
    queue.add(target, create({ nps: 9 }, false), false);
    await queue.flush();
    queue.add(target, update({ reason: "Nhanh" }, true), true);
    await queue.flush();
    expect(api.requests.map((request) => request.method)).toEqual(["POST", "PATCH"]);
    expect(api.requests[0]?.url).toBe("https://cx.example.vn/api/v1/public/surveys/after-visit/responses");
    expect(api.requests[0]?.headers["idempotency-key"]).toBe("c-1");
    expect(api.requests[1]?.headers["x-response-token"]).toBe("t-r-1");
    expect(api.stored.get("c-1")).toEqual({
      id: "r-1",
      answers: { nps: 9, reason: "Nhanh" },
      complete: true,
    });
    expect(queue.entries()).toEqual([]);
  });

  it("sends a page queued after a round that found nothing to send", async () => {
    const { queue, api } = queueWith();
    await queue.flush(true);
    queue.add(target, create({ nps: 9 }, true), true);
    await queue.flush();
    expect(api.requests).toHaveLength(1);
    expect(queue.entries()).toEqual([]);
  });

  it("stores the submission before sending, so a page closed mid-request sends it on the next load", async () => {
    const store = memoryStore();
    const first = queueWith(fakeApi(), store);
    first.queue.add(target, create({ nps: 3 }, true), true);
    expect(first.queue.entries()).toHaveLength(1);

    const nextLoad = queueWith(first.api, store);
    await nextLoad.queue.flush(true);
    expect(nextLoad.api.stored.get("c-1")?.complete).toBe(true);
    expect(nextLoad.queue.entries()).toEqual([]);
  });

  it("retries network errors with exponential backoff and keeps the order of a response's steps", async () => {
    const { queue, api, time } = queueWith();
    api.script.push("offline", "offline", "offline");
    queue.add(target, create({ nps: 2 }, false), false);
    await queue.flush();
    queue.add(target, update({ reason: "Chậm" }, true), true);
    await queue.flush();
    expect(api.requests).toHaveLength(1);
    expect(queue.entries()[0]).toMatchObject({ attempts: 1, nextAttemptAt: time.now() + 2_000 });

    time.advance(1_999);
    await settle();
    expect(api.requests).toHaveLength(1);
    time.advance(1);
    await settle();
    expect(api.requests).toHaveLength(2);
    expect(queue.entries()[0]?.attempts).toBe(2);
    time.advance(4_000);
    await settle();
    expect(api.requests).toHaveLength(3);
    time.advance(8_000);
    await settle();
    expect(api.requests.map((request) => request.method)).toEqual(["POST", "POST", "POST", "POST", "PATCH"]);
    expect(api.stored.get("c-1")).toMatchObject({ answers: { nps: 2, reason: "Chậm" }, complete: true });
    expect(queue.entries()).toEqual([]);
  });

  it("sends everything at once on a page load or when the browser comes online, despite the backoff", async () => {
    const { queue, api } = queueWith();
    api.script.push("offline");
    queue.add(target, create({ nps: 10 }, true), true);
    await queue.flush();
    expect(queue.entries()).toHaveLength(1);
    await queue.flush(true);
    expect(queue.entries()).toEqual([]);
    expect(api.requests).toHaveLength(2);
  });

  it("retries 5xx and 429, waiting at least as long as Retry-After asks", async () => {
    const { queue, api, time } = queueWith();
    api.script.push({ status: 503 }, { status: 429, headers: { "retry-after": "30" } });
    queue.add(target, create({ nps: 7 }, true), true);
    await queue.flush();
    expect(queue.entries()[0]?.nextAttemptAt).toBe(time.now() + 2_000);
    time.advance(2_000);
    await settle();
    expect(queue.entries()[0]?.nextAttemptAt).toBe(time.now() + 30_000);
    time.advance(30_000);
    await settle();
    expect(queue.entries()).toEqual([]);
    expect(api.stored.size).toBe(1);
  });

  it("stores a response once when its acknowledgement was lost and the creation is sent again", async () => {
    const { queue, api } = queueWith();
    queue.add(target, create({ nps: 8 }, false), false);
    // The server stores the response, but the reply never reaches the browser.
    const realFetch = api.fetch;
    await realFetch(`${target.host}/x`, {
      method: "POST",
      headers: { "idempotency-key": "c-1" },
      body: JSON.stringify({ answers: { nps: 8 }, complete: false }),
    });
    await queue.flush();
    expect(api.stored.size).toBe(1);
    expect(queue.entries()[0]?.response).toEqual({ id: "r-1", token: "t-r-1" });
  });

  it("treats a completion the server already took as acknowledged", async () => {
    const { queue, api, warn } = queueWith();
    queue.add(target, create({ nps: 8 }, false), false);
    await queue.flush();
    api.script.push({ status: 409, body: { status: 409, code: "response_completed" } });
    queue.add(target, update({}, true), true);
    await queue.flush();
    expect(queue.entries()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("drops a response the server refuses with a 4xx other than 429, with a warning, and its later steps", async () => {
    const { queue, api, warn } = queueWith();
    const refusal = {
      status: 422,
      code: "invalid_response",
      errors: [{ path: "answers.nps", message: "x" }],
    };
    api.script.push({ status: 422, body: refusal });
    queue.add(target, create({ nps: 11 }, false), false);
    await queue.flush();
    expect(queue.entries()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("422"), refusal);
    queue.add(target, update({ reason: "x" }, true), true);
    expect(queue.entries()).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it("keeps an open response's id for its next page, and forgets it once the respondent leaves", async () => {
    const { queue } = queueWith();
    queue.add(target, create({ nps: 9 }, false), false);
    await queue.flush();
    expect(queue.entries()).toHaveLength(1);
    queue.close(target.key);
    expect(queue.entries()).toEqual([]);
  });

  it("gives up on a response that could not be sent in 14 days", async () => {
    const { queue, api, time, warn } = queueWith();
    api.script.push(...Array.from({ length: 200 }, () => "offline" as const));
    queue.add(target, create({ nps: 9 }, true), true);
    await queue.flush();
    time.advance(MAX_QUEUE_AGE_MS + 1);
    await queue.flush(true);
    expect(queue.entries()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("14 days"));
  });

  it("backs off 2 s, 4 s, 8 s … up to 10 minutes", () => {
    expect([1, 2, 3, 4, 9, 10, 30].map(backoffMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 512_000, 600_000, 600_000,
    ]);
  });
});
