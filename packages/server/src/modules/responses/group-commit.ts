// Group commit for live submissions: responses that arrive while a transaction is committing wait and
// share the next one (one multi-row insert, one outbox insert, one commit). Each is acknowledged only after
// its transaction committed, so durability is the same as one transaction per response, at a fraction
// of the round trips under load; alone, a response commits at once.
import type { Survey, SurveyResponse } from "@touchpoint/core";
import type { Database, Tx } from "../../platform/db/database.ts";
import type { NewResponse } from "./repo.ts";

/** Large enough to absorb a burst, small enough that one slow batch does not hold many requests. */
const MAX_BATCH = 200;

interface Pending {
  survey: Survey;
  workspaceId: string;
  row: NewResponse & { id: string };
  resolve: (stored: SurveyResponse | undefined) => void;
  reject: (error: unknown) => void;
}

export type StoreGroup = (
  tx: Tx,
  survey: Survey,
  workspaceId: string,
  rows: NewResponse[],
) => Promise<SurveyResponse[]>;

export class GroupCommitter {
  private readonly queue: Pending[] = [];
  private flushing = false;
  private readonly database: Database;
  private readonly store: StoreGroup;

  constructor(database: Database, store: StoreGroup) {
    this.database = database;
    this.store = store;
  }

  /** Resolves with the stored response, or undefined when its client id was already stored (a retry). */
  submit(
    survey: Survey,
    workspaceId: string,
    row: NewResponse & { id: string },
  ): Promise<SurveyResponse | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ survey, workspaceId, row, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush() {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const stored = await this.database.transaction(async (tx) => {
          const byId = new Map<string, SurveyResponse>();
          for (const group of Map.groupBy(batch, (item) => item.survey.id).values()) {
            const [first] = group;
            if (!first) continue;
            const rows = group.map((item) => item.row);
            for (const response of await this.store(tx, first.survey, first.workspaceId, rows))
              byId.set(response.id, response);
          }
          return byId;
        });
        for (const item of batch) item.resolve(stored.get(item.row.id));
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    this.flushing = false;
  }
}
