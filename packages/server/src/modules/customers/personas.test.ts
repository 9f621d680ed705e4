import type { AuditEntry, Persona, Segment } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

const lan = {
  name: { vi: "Chị Lan, nhân viên văn phòng", en: "Lan, office worker" },
  description: { vi: "32 tuổi, dùng app ngân hàng mỗi ngày", en: "32, uses the banking app daily" },
  goals: [{ vi: "Chuyển tiền nhanh", en: "Send money fast" }],
  needs: [{ vi: "Thông báo rõ ràng", en: "Clear notifications" }],
  pains: [
    { vi: "OTP đến chậm", en: "Slow OTP" },
    { vi: "Phải ra chi nhánh", en: "Having to visit a branch" },
  ],
  quote: { vi: "Tôi chỉ muốn xong việc trong một phút.", en: "I just want it done in a minute." },
  pictureUrl: "https://cdn.example.vn/personas/lan.png",
};

describe.each(testEngines)("personas API on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let other: SeededWorkspace;
  let segments: Segment[];
  let elsewhere: Segment;
  beforeAll(async () => {
    t = await createTestApp(engine);
    [ws, other] = [await seedWorkspace(t), await seedWorkspace(t)];
    const segment = async (workspace: SeededWorkspace, name: string, tag: string) =>
      json<Segment>(
        await t.app.inject({
          method: "POST",
          url: "/api/v1/segments",
          headers: bearer(workspace.keys.analyst),
          payload: { name, definition: { rules: [{ kind: "tag", tag }] } },
        }),
      );
    segments = [await segment(ws, "Mobile first", "app"), await segment(ws, "Detractors", "detractor")];
    elsewhere = await segment(other, "Theirs", "app");
  });
  afterAll(() => t.dispose());

  const call = (
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: object,
    key = ws.keys.analyst,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(key), ...(payload ? { payload } : {}) });
  const segmentIds = () => segments.map((segment) => segment.id);

  it("creates, reads, lists, replaces and deletes a persona in vi and en, each change audited", async () => {
    const created = await call("POST", "/personas", { ...lan, segmentIds: segmentIds() });
    expect(created.statusCode, created.body).toBe(201);
    const persona = json<Persona>(created);
    expect(persona).toMatchObject({ ...lan, segmentIds: segmentIds() });
    expect(json<Persona>(await call("GET", `/personas/${persona.id}`, undefined, ws.keys.viewer))).toEqual(
      persona,
    );

    const minimal = json<Persona>(await call("POST", "/personas", { name: { en: "Minh, student" } }));
    expect(minimal).toMatchObject({ goals: [], needs: [], pains: [], segmentIds: [] });
    const listed = json<{ items: Persona[] }>(await call("GET", "/personas", undefined, ws.keys.viewer));
    expect(listed.items.map((p) => p.id)).toEqual([persona.id, minimal.id]);
    const ofDetractors = await call(
      "GET",
      `/personas?segmentId=${segments[1]?.id}`,
      undefined,
      ws.keys.viewer,
    );
    expect(json<{ items: Persona[] }>(ofDetractors).items.map((p) => p.id)).toEqual([persona.id]);

    const replaced = await call("PUT", `/personas/${persona.id}`, {
      ...lan,
      pains: [],
      segmentIds: [segments[0]?.id, segments[0]?.id],
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(json<Persona>(replaced)).toMatchObject({ pains: [], segmentIds: [segments[0]?.id] });

    expect((await call("DELETE", `/personas/${persona.id}`)).statusCode).toBe(204);
    expect((await call("GET", `/personas/${persona.id}`)).statusCode).toBe(404);
    expect((await call("DELETE", `/personas/${minimal.id}`)).statusCode).toBe(204);

    const audit = json<{ items: AuditEntry[] }>(
      await call("GET", "/audit-log?limit=50", undefined, ws.keys.owner),
    );
    const entries = audit.items.filter((entry) => entry.targetId === persona.id);
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      "personas.create",
      "personas.delete",
      "personas.update",
    ]);
    expect(entries.find((entry) => entry.action === "personas.update")).toMatchObject({
      targetType: "persona",
      before: { pains: lan.pains },
      after: { pains: [] },
    });
  });

  it("refuses segment ids the workspace does not have with 422 at each one's index", async () => {
    const response = await call("POST", "/personas", {
      ...lan,
      segmentIds: [segments[0]?.id, elsewhere.id, "0193a1b2-0000-7000-8000-000000000000"],
    });
    expect(response.statusCode).toBe(422);
    expect(json<Problem>(response)).toMatchObject({
      code: "invalid_persona",
      errors: [{ path: "segmentIds.1" }, { path: "segmentIds.2" }],
    });
    expect(json<{ items: Persona[] }>(await call("GET", "/personas")).items).toEqual([]);
  });

  it("keeps a segment a persona stands for from being deleted", async () => {
    const persona = json<Persona>(await call("POST", "/personas", { ...lan, segmentIds: [segments[1]?.id] }));
    const refused = await call("DELETE", `/segments/${segments[1]?.id}`);
    expect(refused.statusCode).toBe(409);
    expect(json<Problem>(refused).code).toBe("segment_in_use");
    await call("PUT", `/personas/${persona.id}`, { ...lan, segmentIds: [] });
    expect((await call("DELETE", `/segments/${segments[1]?.id}`)).statusCode).toBe(204);
    await call("DELETE", `/personas/${persona.id}`);
  });

  it("refuses a picture that is not an http(s) address, and checks workspaces and roles", async () => {
    const script = await call("POST", "/personas", { ...lan, pictureUrl: "javascript:alert(1)" });
    expect(json<Problem>(script)).toMatchObject({ status: 400, errors: [{ path: "pictureUrl" }] });
    const persona = json<Persona>(await call("POST", "/personas", { name: { vi: "Bác Tư" } }));
    expect((await call("GET", `/personas/${persona.id}`, undefined, other.keys.owner)).statusCode).toBe(404);
    expect((await call("PUT", `/personas/${persona.id}`, lan, other.keys.owner)).statusCode).toBe(404);
    expect((await call("DELETE", `/personas/${persona.id}`, undefined, other.keys.owner)).statusCode).toBe(
      404,
    );
    expect((await call("POST", "/personas", lan, ws.keys.viewer)).statusCode).toBe(403);
    expect((await call("GET", "/personas", undefined, ws.keys.viewer)).statusCode).toBe(200);
  });
});
