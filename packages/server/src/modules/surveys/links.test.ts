import { exampleNpsSurvey } from "@touchpoint/core";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { surveyLink } from "./links.ts";

describe("survey links and QR codes", () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let surveyId: string;

  beforeAll(async () => {
    t = await createTestApp("embedded");
    ws = await seedWorkspace(t);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/surveys",
      headers: bearer(ws.keys.analyst),
      payload: { slug: "gop-y-chi-nhanh", definition: exampleNpsSurvey() },
    });
    surveyId = json<{ id: string }>(created).id;
  });
  afterAll(() => t.dispose());

  it("builds the hosted page link with its channel tag", () => {
    expect(surveyLink("https://cx.example.vn", "gop-y-chi-nhanh", "sms")).toBe(
      "https://cx.example.vn/s/gop-y-chi-nhanh?channel=sms",
    );
  });

  it("serves an SVG QR code of the channel-tagged link as a download", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/qr?channel=store`,
      headers: { ...bearer(ws.keys.viewer), host: "cx.example.vn" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("image/svg+xml");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="gop-y-chi-nhanh-store.svg"');
    const expected = await QRCode.toString("http://cx.example.vn/s/gop-y-chi-nhanh?channel=store", {
      type: "svg",
      errorCorrectionLevel: "M",
      margin: 2,
      width: 512,
      color: { dark: "#1c7ed6", light: "#ffffff" },
    });
    expect(response.body).toBe(expected);
  });

  it("serves a PNG of the requested size", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/qr?format=png&size=256`,
      headers: bearer(ws.keys.viewer),
    });
    expect(response.headers["content-type"]).toBe("image/png");
    const png = response.rawPayload;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(256);
  });

  it("rejects a size out of range with the parameter's path", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/surveys/${surveyId}/qr?size=5000`,
      headers: bearer(ws.keys.viewer),
    });
    expect(json(response)).toMatchObject({ status: 400, errors: [{ path: "querystring.size" }] });
  });
});
