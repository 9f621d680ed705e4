// The demo bank's customers as plain values: Vietnamese names with diacritics and a few English-speaking
// expats, a home branch, a preferred channel and a mood that colours every answer they give. Pure, so the
// responses and interactions can name the same people, and the same seed gives the same people.
import { BRANCHES, type Branch, type DemoChannel } from "./demo-bank.ts";
import { normal, pick, pickWeighted, type Random, seededRandom } from "./demo-random.ts";

export const DEMO_CUSTOMERS = 400;
export const demoCustomerId = (n: number) => `KH-${String(n + 1).padStart(4, "0")}`;

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Ngô",
  "Dương",
];
const MIDDLE = ["Thị", "Văn", "Minh", "Thu", "Hoàng", "Ngọc", "Quốc", "Thanh", "Đức", "Khánh"];
const GIVEN = [
  "Lan",
  "Hùng",
  "Mai",
  "Dũng",
  "Hương",
  "Tuấn",
  "Ngọc",
  "Phúc",
  "Trang",
  "Bảo",
  "Hà",
  "Khoa",
  "Yến",
  "Quân",
  "Thảo",
  "Sơn",
  "Nhung",
  "Long",
  "Vy",
  "Đạt",
];
const EXPAT_GIVEN = [
  "James",
  "Emily",
  "Daniel",
  "Sophie",
  "Michael",
  "Hannah",
  "Lucas",
  "Olivia",
  "Thomas",
  "Grace",
];
const EXPAT_FAMILY = [
  "Walker",
  "Carter",
  "Brooks",
  "Turner",
  "Bennett",
  "Miller",
  "Wright",
  "Collins",
  "Hughes",
];
export const TIERS = ["Phổ thông", "Bạc", "Vàng", "Kim cương"] as const;

export interface DemoCustomer {
  externalId: string;
  name: string;
  email: string;
  phone: string;
  language: "vi" | "en";
  tier: (typeof TIERS)[number];
  branch: Branch;
  preferredChannel: DemoChannel;
  /** How this customer tends to feel about the bank, in standard deviations; shared by all their answers. */
  mood: number;
  balanceMil: number;
  opened: string;
  consent: "yes" | "no" | "";
}

/** Younger customers bank on the app; the branch and the phone keep a loyal minority. */
const PREFERRED: Record<DemoChannel, number> = { app: 45, web: 18, email: 14, branch: 15, phone: 8 };

function phoneOf(random: Random, n: number): string {
  // As people write them: national, spaced, international.
  const digits = String(900_000_000 + Math.floor(random() * 99_999_999));
  if (n % 3 === 0) return `0${digits}`;
  if (n % 3 === 1) return `0${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return `+84${digits}`;
}

export function demoCustomers(seed: number): DemoCustomer[] {
  const random = seededRandom(seed);
  const branchWeights = Object.fromEntries(BRANCHES.map((branch) => [branch.name, branch.weight]));
  return Array.from({ length: DEMO_CUSTOMERS }, (_, n) => {
    // One customer in twelve is an expat who banks in English.
    const expat = random() < 1 / 12;
    const name = expat
      ? `${pick(random, EXPAT_GIVEN)} ${pick(random, EXPAT_FAMILY)}`
      : `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
    const branchName = pickWeighted(random, branchWeights);
    const opened = new Date(
      Date.UTC(2015 + Math.floor(random() * 11), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    return {
      externalId: demoCustomerId(n),
      name,
      email: `kh${n + 1}@demo-khachhang.vn`,
      phone: phoneOf(random, n),
      language: expat ? "en" : random() < 0.05 ? "en" : "vi",
      tier: pick(random, TIERS),
      branch: BRANCHES.find((branch) => branch.name === branchName) as Branch,
      preferredChannel: pickWeighted(random, PREFERRED),
      mood: normal(random),
      balanceMil: Math.round(random() * 2000),
      opened: opened.toISOString().slice(0, 10),
      consent: random() < 0.7 ? "yes" : random() < 0.5 ? "no" : "",
    };
  });
}
