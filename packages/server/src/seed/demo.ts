// Demo data for trying Touchpoint: a Vietnamese bank workspace with one member per role and a live
// two-language survey with a few hundred responses over the last 60 days, and customers with interactions,
// segments and a persona, generated with a fixed seed.
// Feature modules add their own steps here as they arrive. Running it twice changes nothing.

import { Readable } from "node:stream";
import { exampleNpsSurvey, ROLES, type Role, surveyDefinitionSchema } from "@touchpoint/core";
import { systemActor } from "../modules/platform/caller.ts";
import * as repo from "../modules/platform/repo.ts";
import { addMembership, ensureUser, findOrCreateWorkspace } from "../modules/platform/workspaces.ts";
import { importResponses } from "../modules/responses/import.ts";
import { changeSurveyStatus, createSurvey, findSurveyByReference } from "../modules/surveys/service.ts";
import type { Clock } from "../platform/clock.ts";
import type { Database } from "../platform/db/database.ts";
import type { JobQueue } from "../platform/jobs/queue.ts";
import type { Progress } from "../platform/progress.ts";
import { DEMO_CUSTOMERS, demoCustomerId, seedDemoCustomers } from "./demo-customers.ts";

export const DEMO_WORKSPACE = "Ngân hàng Demo";
export const DEMO_PASSWORD = "touchpoint-demo";
export const demoEmail = (role: Role) => `${role}@demo.touchpoint.local`;

const DEMO_NAMES: Record<Role, string> = {
  owner: "Nguyễn Thị Lan",
  admin: "Trần Văn Minh",
  analyst: "Lê Hoàng Anh",
  agent: "Phạm Thu Hà",
  viewer: "Võ Quốc Bảo",
};

export function printDemoLogins(slug: string, print: (line: string) => void) {
  const logins = ROLES.map(demoEmail).join(", ");
  print(`Demo workspace "${slug}": log in as ${logins} with the password ${DEMO_PASSWORD}`);
}

export const DEMO_SURVEY_SLUG = "demo-khao-sat-sau-giao-dich";
const DEMO_RESPONSES = 400;
const REASONS = [
  "Phải chờ quá lâu ở quầy giao dịch",
  "Phí chuyển khoản cao hơn ngân hàng khác",
  "Ứng dụng hay bị lỗi khi đăng nhập",
  "Nhân viên không nhiệt tình",
  "Thủ tục mở thẻ quá rườm rà",
  "Tổng đài khó gọi vào giờ cao điểm",
];
const TOUCHPOINTS = ["quay-giao-dich", "app-dang-nhap", "tong-dai", "atm"];
const CHANNELS = ["branch", "app", "phone", "web"] as const;

/** A small deterministic generator (LCG) so every demo database holds the same answers. */
function* demoResponses(now: Date) {
  let state = 20261125;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let n = 0; n < DEMO_RESPONSES; n++) {
    const channel = Math.floor(next() * CHANNELS.length);
    // Branch visits score lower than the app, so breakdowns have something to show.
    const nps = Math.min(
      10,
      Math.max(0, Math.round(5 + next() * 6 + (channel === 1 ? 1.5 : channel === 0 ? -1.5 : 0))),
    );
    const answers: Record<string, unknown> = { nps };
    if (nps <= 6) answers.reason = REASONS[Math.floor(next() * REASONS.length)];
    if (nps >= 9) answers.csat = 4 + Math.round(next());
    const submittedAt = new Date(now.getTime() - Math.floor(next() * 60 * 86_400_000)).toISOString();
    // Three responses in four name a demo customer, as an app or a CRM-linked link would.
    const customer =
      next() < 0.75 ? { externalId: demoCustomerId(Math.floor(next() * DEMO_CUSTOMERS)) } : undefined;
    yield `${JSON.stringify({
      clientResponseId: `demo-${n}`,
      customer,
      answers,
      hidden: { touchpoint: TOUCHPOINTS[channel] },
      channel: CHANNELS[channel],
      language: next() < 0.8 ? "vi" : "en",
      submittedAt,
    })}\n`;
  }
}

export async function seedDemo(
  deps: { database: Database; jobs: JobQueue; clock: Clock },
  progress: Progress,
) {
  const { database } = deps;
  progress.start(ROLES.length + 4);
  const { workspace } = await findOrCreateWorkspace(database, DEMO_WORKSPACE, systemActor);
  progress.advance("workspace");
  for (const role of ROLES) {
    await database.transaction(async (tx) => {
      const { user } = await ensureUser(tx, {
        email: demoEmail(role),
        password: DEMO_PASSWORD,
        name: DEMO_NAMES[role],
      });
      if (!(await repo.findMember(tx, workspace.id, user.id))) {
        await addMembership(tx, workspace.id, user.id, role, systemActor);
      }
    });
    progress.advance(`member ${role}`);
  }
  const caller = {
    kind: "api_key" as const,
    workspaceId: workspace.id,
    role: "owner" as const,
    userId: null,
    apiKeyId: null,
    label: "demo seed",
    session: null,
    requestId: null,
  };
  let survey = await findSurveyByReference(database.db, workspace.id, DEMO_SURVEY_SLUG);
  if (!survey) {
    const definition = surveyDefinitionSchema.parse(exampleNpsSurvey());
    const created = await createSurvey({ database }, caller, {
      slug: DEMO_SURVEY_SLUG,
      name: "Khảo sát sau giao dịch",
      definition,
    });
    survey = await changeSurveyStatus({ database }, caller, created.id, "live");
  }
  progress.advance("survey");
  await seedDemoCustomers(deps, caller);
  progress.advance("customers");
  await importResponses(
    deps,
    workspace.id,
    survey.id,
    "jsonl",
    Readable.from(demoResponses(deps.clock.now())),
  );
  progress.advance("responses");
  progress.stop();
  return workspace;
}
