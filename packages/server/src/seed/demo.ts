// Demo data for trying Touchpoint: a Vietnamese retail bank's workspace with one member per role, a few
// hundred customers with a year of interactions, segments and a persona, and a year of answers to a
// relationship and a transactional survey on five channels and eight branches, generated from a seed.
// The data carries one problem for the analytics to find (demo-responses.ts). Responses go in through the
// bulk import, so every completion job (counts, contacts, customer scores, text analysis, rollups) runs for
// them as for any response; the seed runs those jobs itself before it returns, so the workspace is complete
// when the server opens and no server starts under a backlog of thousands of jobs. Feature modules add their
// own steps here as they arrive. Running it twice changes nothing.

import { Readable } from "node:stream";
import { ROLES, type Role, type SurveyDefinitionInput, surveyDefinitionSchema } from "@touchpoint/core";
import { ROLLUP_JOB } from "../modules/analytics/queue-rollup.ts";
import { type Caller, systemActor } from "../modules/platform/caller.ts";
import * as repo from "../modules/platform/repo.ts";
import { addMembership, ensureUser, findOrCreateWorkspace } from "../modules/platform/workspaces.ts";
import { importResponses } from "../modules/responses/import.ts";
import { RESPONSE_COMPLETED_JOB } from "../modules/responses/jobs.ts";
import { changeSurveyStatus, createSurvey, findSurveyByReference } from "../modules/surveys/service.ts";
import { TEXT_ENRICH_JOB } from "../modules/text/enrich-job.ts";
import type { Clock } from "../platform/clock.ts";
import type { Database } from "../platform/db/database.ts";
import type { JobQueue } from "../platform/jobs/queue.ts";
import type { Progress } from "../platform/progress.ts";
import { seedDemoCustomers } from "./demo-customers.ts";
import { demoCustomers } from "./demo-profiles.ts";
import { type DemoResponse, demoResponses } from "./demo-responses.ts";
import {
  RELATIONSHIP_SLUG,
  relationshipSurvey,
  TRANSACTIONAL_SLUG,
  transactionalSurvey,
} from "./demo-surveys.ts";

export const DEMO_WORKSPACE = "Ngân hàng Demo";
export const DEMO_PASSWORD = "touchpoint-demo";
export const demoEmail = (role: Role) => `${role}@demo.touchpoint.local`;
/** The seed of every demo database; another seed gives another, equally plausible, bank. */
export const DEMO_SEED = 20261125;

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

/** Everything the seed generates, before any of it is stored: pure in (clock, seed). */
export function generateDemoData(now: Date, seed = DEMO_SEED) {
  const customers = demoCustomers(seed + 1);
  return { customers, ...demoResponses(now, customers, seed) };
}

/** Rows per progress step: the import stores in batches of this size too. */
const PROGRESS_ROWS = 500;
/** The queues the seeded rows fill, in the order one feeds the next. */
const SEEDED_QUEUES = [RESPONSE_COMPLETED_JOB, TEXT_ENRICH_JOB, ROLLUP_JOB];

async function liveSurvey(
  database: Database,
  caller: Caller,
  slug: string,
  name: string,
  definition: SurveyDefinitionInput,
) {
  const found = await findSurveyByReference(database.db, caller.workspaceId, slug);
  if (found) return found;
  const created = await createSurvey({ database }, caller, {
    slug,
    name,
    definition: surveyDefinitionSchema.parse(definition),
  });
  return changeSurveyStatus({ database }, caller, created.id, "live");
}

const jsonl = (responses: DemoResponse[]) =>
  Readable.from(responses.map((response) => `${JSON.stringify(response)}\n`));

export async function seedDemo(
  deps: { database: Database; jobs: JobQueue; clock: Clock },
  progress: Progress,
  seed = DEMO_SEED,
) {
  const { database } = deps;
  const data = generateDemoData(deps.clock.now(), seed);
  const steps = (responses: DemoResponse[]) => Math.ceil(responses.length / PROGRESS_ROWS);
  progress.start(
    ROLES.length + 3 + SEEDED_QUEUES.length + steps(data.relationship) + steps(data.transactional),
  );
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
  const caller: Caller = {
    kind: "api_key",
    workspaceId: workspace.id,
    role: "owner",
    userId: null,
    apiKeyId: null,
    label: "demo seed",
    session: null,
    requestId: null,
  };
  const relationship = await liveSurvey(
    database,
    caller,
    RELATIONSHIP_SLUG,
    "Khảo sát mức độ hài lòng định kỳ",
    relationshipSurvey(),
  );
  const transactional = await liveSurvey(
    database,
    caller,
    TRANSACTIONAL_SLUG,
    "Khảo sát sau giao dịch",
    transactionalSurvey(),
  );
  progress.advance("surveys");
  // Customers first: the responses' completion jobs attach each response to the customer it names.
  await seedDemoCustomers(deps, caller, data.customers, seed + 2);
  progress.advance("customers");
  for (const [survey, responses] of [
    [relationship, data.relationship],
    [transactional, data.transactional],
  ] as const) {
    let reported = 0;
    await importResponses(deps, workspace.id, survey.id, "jsonl", jsonl(responses), (rows) => {
      for (; reported < Math.ceil(rows / PROGRESS_ROWS); reported++) progress.advance(survey.slug);
    });
  }
  for (const queue of SEEDED_QUEUES) {
    await deps.jobs.runDue(queue);
    progress.advance(queue);
  }
  progress.stop();
  return workspace;
}
