// Demo customers for the bank workspace: the profiles of demo-profiles.ts imported the way a CSV would be,
// with typed attributes and consent, a year of interactions over app, branch, phone and web (app logins
// fail far more often after the app release), four segments and a persona. The demo responses name these
// customers by id, so profiles carry scores and timelines.
import { Readable } from "node:stream";
import { importCustomers } from "../modules/customers/customer-import.ts";
import { recordInteractionBatch } from "../modules/customers/interactions-service.ts";
import { createPersona, listPersonas } from "../modules/customers/personas.ts";
import { createSegment, listSegments } from "../modules/customers/segments.ts";
import { type CustomersDeps, defineAttribute } from "../modules/customers/service.ts";
import type { Caller } from "../modules/platform/caller.ts";
import { appReleaseDate, atLocalHour, demoDays } from "./demo-bank.ts";
import type { DemoCustomer } from "./demo-profiles.ts";
import { pick, seededRandom } from "./demo-random.ts";

const DEMO_INTERACTIONS = 1200;
const INTERACTIONS = [
  { channel: "app", type: "login", touchpoint: "app-dang-nhap" },
  { channel: "app", type: "login", touchpoint: "app-dang-nhap" },
  { channel: "app", type: "transfer", touchpoint: "app-chuyen-khoan" },
  { channel: "branch", type: "deposit", touchpoint: "quay-giao-dich" },
  { channel: "phone", type: "call", touchpoint: "tong-dai" },
  { channel: "web", type: "card_application", touchpoint: "web-mo-the" },
  { channel: "branch", type: "complaint", touchpoint: "quay-giao-dich" },
] as const;
const FAILURE_NOTES: Record<(typeof INTERACTIONS)[number]["type"], string> = {
  login: "Đăng nhập thất bại 3 lần do lỗi OTP.",
  transfer: "Chuyển khoản bị treo ở bước xác thực.",
  deposit: "Khách phàn nàn phải chờ 40 phút tại quầy.",
  call: "Khách gọi lần thứ ba về cùng một sự cố thẻ.",
  card_application: "Hồ sơ mở thẻ thiếu giấy tờ, khách phải bổ sung tại quầy.",
  complaint: "Khách khiếu nại bị trừ phí SMS không báo trước.",
};
const SUCCESS_NOTES = ["Khách hài lòng, giao dịch nhanh.", "Tổng đài viên hướng dẫn khóa thẻ tạm thời."];

function customersCsv(customers: DemoCustomer[]) {
  const header =
    "external_id,name,email,phone,language,attr.tier,attr.branch,attr.city,attr.preferred_channel,attr.balance_mil,attr.opened,consent.email,tags\n";
  const rows = customers.map(
    (c) =>
      `${c.externalId},${c.name},${c.email},${c.phone},${c.language},${c.tier},${c.branch.name},${c.branch.city},${c.preferredChannel},${c.balanceMil},${c.opened},${c.consent},${c.tier === "Kim cương" ? "vip" : ""}\n`,
  );
  return [header, ...rows];
}

function demoInteractions(now: Date, customers: DemoCustomer[], seed: number) {
  const random = seededRandom(seed);
  const days = demoDays(now);
  const release = appReleaseDate(now);
  return Array.from({ length: DEMO_INTERACTIONS }, (_, n) => {
    const kind = pick(random, INTERACTIONS);
    const occurredAt = atLocalHour(pick(random, days).start, 8 + random() * 12);
    if (occurredAt > now) occurredAt.setTime(now.getTime() - 60_000);
    const broken = kind.type === "login" && occurredAt >= release;
    const failed = kind.type === "complaint" || random() < (broken ? 0.45 : 0.1);
    const outcome = failed ? "failure" : "success";
    const note = failed ? FAILURE_NOTES[kind.type] : random() < 0.1 ? pick(random, SUCCESS_NOTES) : undefined;
    return {
      eventId: `demo-interaction-${n}`,
      customer: { externalId: pick(random, customers).externalId },
      ...kind,
      occurredAt: occurredAt.toISOString(),
      outcome,
      ...(kind.channel === "phone"
        ? { durationSeconds: 60 + Math.floor(random() * 900), agent: "Phạm Thu Hà" }
        : {}),
      ...(note ? { note } : {}),
    };
  });
}

const ATTRIBUTES = [
  { key: "tier", label: { vi: "Hạng khách hàng", en: "Customer tier" }, type: "string" },
  { key: "branch", label: { vi: "Chi nhánh", en: "Branch" }, type: "string" },
  { key: "city", label: { vi: "Thành phố", en: "City" }, type: "string" },
  { key: "preferred_channel", label: { vi: "Kênh ưa dùng", en: "Preferred channel" }, type: "string" },
  { key: "balance_mil", label: { vi: "Số dư (triệu đồng)", en: "Balance (million VND)" }, type: "number" },
  { key: "opened", label: { vi: "Ngày mở tài khoản", en: "Account opened" }, type: "date" },
] as const;

const SEGMENTS = [
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
  {
    name: "Khách dùng ứng dụng",
    description: "Kênh ưa dùng là ứng dụng di động",
    definition: {
      match: "all" as const,
      rules: [{ kind: "attribute" as const, key: "preferred_channel", op: "eq" as const, value: "app" }],
    },
  },
];

export async function seedDemoCustomers(
  deps: CustomersDeps,
  caller: Caller,
  customers: DemoCustomer[],
  seed: number,
) {
  for (const attribute of ATTRIBUTES)
    await defineAttribute(deps, caller, { ...attribute, label: { ...attribute.label } });
  await importCustomers(deps, caller.workspaceId, Readable.from(customersCsv(customers)), {
    fileName: "demo-khach-hang.csv",
  });
  const interactions = demoInteractions(deps.clock.now(), customers, seed);
  for (let start = 0; start < interactions.length; start += 500) {
    await recordInteractionBatch(deps, caller, interactions.slice(start, start + 500));
  }
  const existing = new Set((await listSegments(deps, caller)).map((segment) => segment.name));
  const ids: string[] = [];
  for (const segment of SEGMENTS) {
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
