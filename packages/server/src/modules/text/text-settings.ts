// A workspace's text settings: read them (the defaults until changed) and change them, audited. The limit
// applies to what is analysed from then on; stored analyses follow it at the next re-enrichment.
import { DEFAULT_TEXT_SETTINGS, type TextSettings, type TextSettingsInput } from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import * as repo from "./text-settings-repo.ts";

export async function textSettingsOf(ex: Executor, workspaceId: string): Promise<TextSettings> {
  const row = await repo.findTextSettings(ex, workspaceId);
  return row
    ? { maxTextLength: row.maxTextLength, updatedAt: row.updatedAt.toISOString() }
    : DEFAULT_TEXT_SETTINGS;
}

export async function getTextSettings(deps: { database: Database }, caller: Caller) {
  return textSettingsOf(deps.database.db, caller.workspaceId);
}

export async function putTextSettings(
  deps: { database: Database; clock: Clock },
  caller: Caller,
  input: TextSettingsInput,
): Promise<TextSettings> {
  const { workspaceId } = caller;
  return deps.database.transaction(async (tx) => {
    const before = await textSettingsOf(tx, workspaceId);
    const now = deps.clock.now();
    await repo.upsertTextSettings(tx, workspaceId, input, now);
    await recordAudit(tx, workspaceId, actorOf(caller), {
      action: "text.settings.saved",
      targetType: "text_settings",
      targetId: workspaceId,
      before: { maxTextLength: before.maxTextLength },
      after: { maxTextLength: input.maxTextLength },
    });
    return { maxTextLength: input.maxTextLength, updatedAt: now.toISOString() };
  });
}
