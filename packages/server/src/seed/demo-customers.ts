// Demo customers for the bank workspace: 120 profiles with typed attributes and consent (imported the way
// a CSV would be), a few hundred interactions over branch, app, phone and web, three segments and a
// persona. The demo responses name these customers by id, so profiles carry scores and timelines.
import { Readable } from "node:stream";
import { importCustomers } from "../modules/customers/customer-import.ts";
import { recordInteractionBatch } from "../modules/customers/interactions-service.ts";
import { createPersona, listPersonas } from "../modules/customers/personas.ts";
import { createSegment, listSegments } from "../modules/customers/segments.ts";
import { type CustomersDeps, defineAttribute } from "../modules/customers/service.ts";
import type { Caller } from "../modules/platform/caller.ts";

export const DEMO_CUSTOMERS = 120;
export const demoCustomerId = (n: number) => `KH-${String(n + 1).padStart(4, "0")}`;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Thị", "Văn", "Minh", "Thu", "Hoàng", "Ngọc", "Quốc", "Thanh"];
const GIVEN = ["Lan", "Hùng", "Mai", "Dũng", "Hương", "Tuấn", "Ngọc", "Phúc", "Trang", "Bảo", "Hà", "Khoa"];
const TIERS = ["Phổ thông", "Bạc", "Vàng", "Kim cương"];
const BRANCHES = ["Hoàn Kiếm", "Cầu Giấy", "Quận 1", "Hải Châu"];
const INTERACTIONS = [
  { channel: "app", type: "login", touchpoint: "app-dang-nhap" },
  { channel: "app", type: "transfer", touchpoint: "app-chuyen-khoan" },
  { channel: "branch", type: "deposit", touchpoint: "quay-giao-dich" },
  { channel: "phone", type: "call", touchpoint: "tong-dai" },
  { channel: "web", type: "card_application", touchpoint: "web-mo-the" },
  { channel: "branch", type: "complaint", touchpoint: "quay-giao-dich" },
] as const;
const NOTES = [
  "Khách phàn nàn phải chờ 40 phút tại quầy.",
  "Đăng nhập thất bại 3 lần do lỗi OTP.",
  "Khách hài lòng, giao dịch nhanh.",
  "Tổng đài viên hướng dẫn khóa thẻ tạm thời.",
];

/** The same numbers on every machine, so every demo database is the same. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

function* customersCsv() {
  const next = generator(20261126);
  yield "external_id,name,email,phone,language,attr.tier,attr.branch,attr.balance_mil,attr.opened,consent.email,tags\n";
  for (let n = 0; n < DEMO_CUSTOMERS; n++) {
    const name = `${pick(next, FAMILY)} ${pick(next, MIDDLE)} ${pick(next, GIVEN)}`;
    const email = `kh${n + 1}@demo-khachhang.vn`;
    // Phones as people write them: national, spaced, international.
    const digits = String(900_000_000 + Math.floor(next() * 99_999_999));
    const phone =
      n % 3 === 0
        ? `0${digits}`
        : n % 3 === 1
          ? `0${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
          : `+84${digits}`;
    const tier = pick(next, TIERS);
    const opened = new Date(
      Date.UTC(2015 + Math.floor(next() * 11), Math.floor(next() * 12), 1 + Math.floor(next() * 28)),
    );
    const consent = next() < 0.7 ? "yes" : next() < 0.5 ? "no" : "";
    const tags = tier === "Kim cương" ? "vip" : "";
    yield `${demoCustomerId(n)},${name},${email},${phone},${next() < 0.85 ? "vi" : "en"},${tier},${pick(next, BRANCHES)},${Math.round(next() * 2000)},${opened.toISOString().slice(0, 10)},${consent},${tags}\n`;
  }
}

function demoInteractions(now: Date) {
  const next = generator(20261127);
  return Array.from({ length: 600 }, (_, n) => {
    const kind = pick(next, INTERACTIONS);
    const outcome = kind.type === "complaint" ? "failure" : next() < 0.15 ? "failure" : "success";
    return {
      eventId: `demo-interaction-${n}`,
      customer: { externalId: demoCustomerId(Math.floor(next() * DEMO_CUSTOMERS)) },
      ...kind,
      occurredAt: new Date(now.getTime() - Math.floor(next() * 60 * 86_400_000)).toISOString(),
      outcome,
      ...(kind.channel === "phone"
        ? { durationSeconds: 60 + Math.floor(next() * 900), agent: "Phạm Thu Hà" }
        : {}),
      ...(outcome === "failure" || next() < 0.1 ? { note: pick(next, NOTES) } : {}),
    };
  });
}

const ATTRIBUTES = [
  { key: "tier", label: { vi: "Hạng khách hàng", en: "Customer tier" }, type: "string" },
  { key: "branch", label: { vi: "Chi nhánh", en: "Branch" }, type: "string" },
  { key: "balance_mil", label: { vi: "Số dư (triệu đồng)", en: "Balance (million VND)" }, type: "number" },
  { key: "opened", label: { vi: "Ngày mở tài khoản", en: "Account opened" }, type: "date" },
] as const;

export async function seedDemoCustomers(deps: CustomersDeps, caller: Caller) {
  for (const attribute of ATTRIBUTES)
    await defineAttribute(deps, caller, { ...attribute, label: { ...attribute.label } });
  await importCustomers(deps, caller.workspaceId, Readable.from(customersCsv()), {
    fileName: "demo-khach-hang.csv",
  });
  const interactions = demoInteractions(deps.clock.now());
  for (let start = 0; start < interactions.length; start += 500) {
    await recordInteractionBatch(deps, caller, interactions.slice(start, start + 500));
  }
  const existing = new Set((await listSegments(deps, caller)).map((segment) => segment.name));
  const segments = [
    {
      name: "Khách không hài lòng",
      description: "NPS gần nhất từ 0 đến 6",
      definition: {
        match: "all" as const,
        rules: [{ kind: "score" as const, metric: "nps" as const, op: "lte" as const, value: 6 }],
      },
    },
    {
      name: "Khách Kim cương",
      definition: {
        match: "all" as const,
        rules: [{ kind: "attribute" as const, key: "tier", op: "eq" as const, value: "Kim cương" }],
      },
    },
    {
      name: "Gặp sự cố lặp lại",
      description: "Từ 2 tương tác thất bại trong 30 ngày",
      definition: {
        match: "all" as const,
        rules: [{ kind: "interactions" as const, minCount: 2, withinDays: 30, outcome: "failure" as const }],
      },
    },
  ];
  const ids: string[] = [];
  for (const segment of segments) {
    if (!existing.has(segment.name)) ids.push((await createSegment(deps, caller, segment)).id);
  }
  if ((await listPersonas(deps, caller, {})).length === 0 && ids[0]) {
    await createPersona(deps, caller, {
      name: { vi: "Chị Lan — nhân viên văn phòng bận rộn", en: "Lan — the busy office worker" },
      description: {
        vi: "32 tuổi, làm việc ở Hà Nội, giao dịch chủ yếu trên ứng dụng, chỉ ra chi nhánh khi bắt buộc.",
        en: "32, works in Hanoi, banks on the app and goes to a branch only when she must.",
      },
      goals: [{ vi: "Chuyển tiền xong trong một phút", en: "Send money in under a minute" }],
      needs: [
        { vi: "Đăng nhập ổn định, OTP đến ngay", en: "A login that works, an OTP that arrives at once" },
      ],
      pains: [{ vi: "Phải ra quầy chỉ để ký một tờ giấy", en: "Going to a branch just to sign a form" }],
      quote: { vi: "Tôi không có thời gian xếp hàng.", en: "I don't have time to queue." },
      segmentIds: [ids[0]],
    });
  }
}
