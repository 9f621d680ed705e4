// A workspace's taxonomy: the default topics extended with the workspace's own (extendTaxonomy), cached per
// workspace and version, and the use cases that change it. Every change raises the version, is audited and
// starts a re-enrichment, so stored analyses follow the taxonomy.
import type { Topic, WorkspaceTaxonomy } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database } from "../../platform/db/database.ts";
import { DomainError, NotFoundError } from "../../platform/errors.ts";
import type { JobQueue } from "../../platform/jobs/queue.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import { type EffectiveTaxonomy, effectiveTaxonomy } from "./effective-taxonomy.ts";
import { startReenrichment } from "./reenrichment.ts";
import * as repo from "./taxonomy-repo.ts";

const toWorkspaceTaxonomy = ({ taxonomy, custom, version }: EffectiveTaxonomy): WorkspaceTaxonomy => ({
  topics: taxonomy.topics,
  custom,
  version,
});

export async function getWorkspaceTaxonomy(deps: { database: Database }, caller: Caller) {
  return toWorkspaceTaxonomy(await effectiveTaxonomy(deps.database.db, caller.workspaceId));
}

interface TaxonomyDeps {
  database: Database;
  jobs: JobQueue;
  clock: Clock;
}

/** Creates or replaces a workspace topic; the path's id and the body's must agree. */
export async function putWorkspaceTopic(deps: TaxonomyDeps, caller: Caller, id: string, topic: Topic) {
  if (topic.id !== id) {
    throw new DomainError(422, "topic_id_mismatch", "The topic's id must be the one in the path.", {
      errors: [{ path: "body.id", message: `must be ${id}` }],
    });
  }
  return changeTaxonomy(deps, caller, id, topic);
}

export async function deleteWorkspaceTopic(deps: TaxonomyDeps, caller: Caller, id: string) {
  return changeTaxonomy(deps, caller, id, null);
}

async function changeTaxonomy(deps: TaxonomyDeps, caller: Caller, id: string, topic: Topic | null) {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const now = deps.clock.now();
    const before = (await repo.findCustomTopic(tx, workspaceId, id)) ?? null;
    if (topic) await repo.upsertCustomTopic(tx, workspaceId, id, topic, now);
    else if (before) await repo.deleteCustomTopic(tx, workspaceId, id);
    else throw new NotFoundError("Topic");
    const version = await repo.raiseTaxonomyVersion(tx, workspaceId, now);
    await recordAudit(tx, workspaceId, actorOf(caller), {
      action: topic ? "text.topic.saved" : "text.topic.deleted",
      targetType: "text_topic",
      targetId: id,
      before,
      after: topic ? { ...topic, taxonomyVersion: version } : { taxonomyVersion: version },
    });
    await startReenrichment(deps, tx, caller, "taxonomy");
  });
  return getWorkspaceTaxonomy(deps, caller);
}
