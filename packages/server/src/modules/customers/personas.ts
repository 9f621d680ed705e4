// Use cases of personas: the named archetypes of a customer-journey workshop, in Vietnamese and English,
// each standing for segments of the workspace. Changes are audited.
import type { Persona } from "@touchpoint/core";
import type { Executor } from "../../platform/db/database.ts";
import { DomainError, NotFoundError } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { recordAudit } from "../platform/audit.ts";
import { actorOf, type Caller } from "../platform/caller.ts";
import type { PersonaContent } from "./persona-repo.ts";
import * as personas from "./persona-repo.ts";
import { existingSegmentIds } from "./segment-repo.ts";
import type { CustomersDeps } from "./service.ts";

/** The content to store: segment ids once each, every one a segment of the workspace (else 422). */
async function checkedContent(ex: Executor, workspaceId: string, input: PersonaContent) {
  const existing = await existingSegmentIds(ex, workspaceId, input.segmentIds);
  const errors = input.segmentIds.flatMap((id, index) =>
    existing.has(id)
      ? []
      : [{ path: `segmentIds.${index}`, message: "no segment of this workspace has this id" }],
  );
  if (errors.length > 0) {
    throw new DomainError(422, "invalid_persona", "Some segments of this persona do not exist.", { errors });
  }
  return { ...input, segmentIds: [...new Set(input.segmentIds)] };
}

function audit(ex: Executor, caller: Caller, action: string, id: string, change: object) {
  return recordAudit(ex, caller.workspaceId, actorOf(caller), {
    action: `personas.${action}`,
    targetType: "persona",
    targetId: id,
    ...change,
  });
}

export async function getPersona(deps: Pick<CustomersDeps, "database">, caller: Caller, id: string) {
  const persona = await personas.findPersona(deps.database.db, caller.workspaceId, id);
  if (!persona) throw new NotFoundError("Persona");
  return persona;
}

export function listPersonas(
  deps: Pick<CustomersDeps, "database">,
  caller: Caller,
  query: { segmentId?: string | undefined },
): Promise<Persona[]> {
  return personas.listPersonas(deps.database.db, caller.workspaceId, query.segmentId);
}

export async function createPersona(deps: CustomersDeps, caller: Caller, input: PersonaContent) {
  const { workspaceId } = caller;
  const id = newId();
  await deps.database.transaction(async (tx) => {
    const content = await checkedContent(tx, workspaceId, input);
    await personas.insertPersona(tx, { workspaceId, id, content, now: deps.clock.now() });
    await audit(tx, caller, "create", id, { after: content });
  });
  return getPersona(deps, caller, id);
}

/** Replaces a persona's content. */
export async function updatePersona(deps: CustomersDeps, caller: Caller, id: string, input: PersonaContent) {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const before = await personas.findPersona(tx, workspaceId, id, true);
    if (!before) throw new NotFoundError("Persona");
    const content = await checkedContent(tx, workspaceId, input);
    await personas.updatePersona(tx, workspaceId, id, content, deps.clock.now());
    await audit(tx, caller, "update", id, { before, after: content });
  });
  return getPersona(deps, caller, id);
}

export async function deletePersona(deps: CustomersDeps, caller: Caller, id: string) {
  const { workspaceId } = caller;
  await deps.database.transaction(async (tx) => {
    const before = await personas.findPersona(tx, workspaceId, id, true);
    if (!before) throw new NotFoundError("Persona");
    await personas.deletePersona(tx, workspaceId, id);
    await audit(tx, caller, "delete", id, { before });
  });
}
