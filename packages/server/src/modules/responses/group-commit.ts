// Group commit for live submissions: responses that arrive together, or while a transaction is committing,
// share the next one (one multi-row insert per survey version, one outbox insert, one commit). Each is
// acknowledged only after its transaction committed, so durability is the same as one transaction per
// response, at a fraction of the round trips under load; alone, a response commits on the next turn of
// the event loop.
import type { Survey, SurveyResponse } from "@touchpoint/core";
import type { Database, Executor, Tx } from "../../platform/db/database.ts";
import type { NewResponse } from "./repo.ts";

/** Large enough to absorb a burst, small enough that one slow batch does not hold many requests. */
const MAX_BATCH = 200;

/** A survey at one version: what a submission is validated against and stored with. */
export type SurveyVersion = Pick<Survey, "id" | "version" | "definition">;

interface Pending {
  survey: SurveyVersion;
  workspaceId: string;
  row: NewResponse & { id: string };
  resolve: (stored: SurveyResponse | undefined) => void;
  reject: (error: unknown) => void;
}

export interface GroupStore {
  /**
   * Why a group of submissions must not be stored now (its survey closed, or has a new version), read from
   * the database as it is committed now; undefined when it may be stored.
   */
  refusal(ex: Executor, survey: SurveyVersion, workspaceId: string): Promise<Error | undefined>;
  /** Stores the rows of one survey version; returns those not stored before (a retry is not). */
  store(tx: Tx, survey: SurveyVersion, workspaceId: string, rows: NewResponse[]): Promise<SurveyResponse[]>;
}

type Outcome = { stored: SurveyResponse | undefined } | { refused: Error };

export class GroupCommitter {
  private readonly queue: Pending[] = [];
  /** A commit is scheduled or running; one at a time (measured: two in flight split batches, gain nothing). */
  private busy = false;
  private readonly database: Database;
  private readonly groupStore: GroupStore;

  constructor(database: Database, groupStore: GroupStore) {
    this.database = database;
    this.groupStore = groupStore;
  }

  /** Resolves with the stored response, or undefined when its client id was already stored (a retry). */
  submit(
    survey: SurveyVersion,
    workspaceId: string,
    row: NewResponse & { id: string },
  ): Promise<SurveyResponse | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ survey, workspaceId, row, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Starts a commit on the next turn of the event loop rather than at once, so the requests whose bytes
   * arrived together are all parsed and queued first and share it. The embedded engine works in this
   * thread and reads no request meanwhile: committing at once, each of its commits carried one response.
   */
  private schedule() {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    setImmediate(() => void this.commitNext());
  }

  private async commitNext() {
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      const outcomes = await this.commit(batch);
      for (const item of batch) {
        const outcome = outcomes.get(item);
        if (!outcome) item.reject(new Error("group commit left a submission without an outcome"));
        else if ("refused" in outcome) item.reject(outcome.refused);
        else item.resolve(outcome.stored);
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.busy = false;
      this.schedule();
    }
  }

  /**
   * Checks each group of one survey version, then stores the groups not refused in one transaction.
   * The states are read outside the transaction, on their own connection while it begins: under read
   * committed a read inside it would see the same committed state, one round trip later. The embedded
   * engine has a single connection, which the open transaction would hold, so there they are read first.
   */
  private async commit(batch: Pending[]) {
    const groups = [
      ...Map.groupBy(
        batch,
        (item) => `${item.workspaceId}/${item.survey.id}/${item.survey.version}`,
      ).values(),
    ];
    const refusals = Promise.all(
      groups.map(([first]) =>
        first ? this.groupStore.refusal(this.database.db, first.survey, first.workspaceId) : undefined,
      ),
    );
    if (this.database.engine === "embedded") await refusals;
    const [, outcomes] = await Promise.all([
      refusals,
      this.database.transaction(async (tx) => {
        const refused = await refusals;
        const outcomes = new Map<Pending, Outcome>();
        for (const [index, group] of groups.entries()) {
          const [first] = group;
          const refusal = refused[index];
          if (!first) continue;
          if (refusal) {
            for (const item of group) outcomes.set(item, { refused: refusal });
            continue;
          }
          const rows = group.map((item) => item.row);
          const inserted = await this.groupStore.store(tx, first.survey, first.workspaceId, rows);
          const byId = new Map(inserted.map((response) => [response.id, response]));
          for (const item of group) outcomes.set(item, { stored: byId.get(item.row.id) });
        }
        return outcomes;
      }),
    ]);
    return outcomes;
  }
}
