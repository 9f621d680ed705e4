import type { Persona } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { emptyPersonaDraft, personaDraftOf, personaInputOf } from "./persona-draft.ts";

// The example persona of docs/customers.md, "Personas".
const lan: Persona = {
  id: "0193a000-0000-7000-8000-000000000001",
  name: { vi: "Chị Lan, nhân viên văn phòng", en: "Lan, office worker" },
  description: { vi: "32 tuổi, dùng app ngân hàng mỗi ngày", en: "32, uses the banking app daily" },
  goals: [{ vi: "Chuyển tiền nhanh", en: "Send money fast" }],
  needs: [{ vi: "Thông báo rõ ràng", en: "Clear notifications" }],
  pains: [{ vi: "OTP đến chậm", en: "Slow OTP" }],
  quote: { vi: "Tôi chỉ muốn xong việc trong một phút.", en: "I just want it done in a minute." },
  pictureUrl: "https://cdn.example.vn/personas/lan.png",
  segmentIds: ["0193a000-0000-7000-8000-0000000000aa"],
  createdAt: "2026-11-25T08:00:00.000Z",
  updatedAt: "2026-11-25T08:00:00.000Z",
};

describe("persona ↔ editor", () => {
  it("gives a persona back unchanged after a round trip through the editor", () => {
    const { id: _id, createdAt: _created, updatedAt: _updated, ...input } = lan;
    expect(personaInputOf(personaDraftOf(lan))).toEqual({ ok: true, input });
  });

  it("keeps a language the editor does not show", () => {
    const read = personaInputOf(personaDraftOf({ ...lan, quote: { vi: "Nhanh lên", fr: "Vite" } }));
    expect(read.ok && read.input.quote).toEqual({ vi: "Nhanh lên", fr: "Vite" });
  });

  it("sends only the languages written, leaves out empty texts and drops blank list items", () => {
    const draft = emptyPersonaDraft();
    draft.name.vi = "  Anh Minh ";
    draft.goals = [
      { vi: "", en: "Save for a house" },
      { vi: " ", en: "" },
    ];
    draft.quote.en = "Ho\u0300a";
    expect(personaInputOf(draft)).toEqual({
      ok: true,
      input: {
        name: { vi: "Anh Minh" },
        goals: [{ en: "Save for a house" }],
        needs: [],
        pains: [],
        quote: { en: "Hòa" },
        segmentIds: [],
      },
    });
  });

  it("asks for a name in one language at least, and an http(s) picture address", () => {
    const draft = emptyPersonaDraft();
    draft.pictureUrl = "ftp://example.vn/lan.png";
    expect(personaInputOf(draft)).toEqual({
      ok: false,
      problems: { name: "nameRequired", pictureUrl: "pictureUrl" },
    });
  });

  it("opens a persona without points with one empty line per list to write in", () => {
    const draft = personaDraftOf({ ...lan, goals: [], needs: [], pains: [] });
    expect(draft.goals).toEqual([{ vi: "", en: "" }]);
  });
});
