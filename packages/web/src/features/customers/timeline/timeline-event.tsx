// A profile event on the timeline, in words: created, changed (which fields, which identities), consent,
// merged or unmerged (with a link to the other profile), erased; and who or what made it.
import { Anchor, Stack, Text } from "@mantine/core";
import { CONSENT_CHANNELS, type TimelineEvent as Event } from "@touchpoint/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPhone } from "../customer-display.ts";
import { movedText } from "../merge/moved-text.ts";
import { readRecordSource } from "../merge/record-source.ts";

const FIELDS = [
  "name",
  "language",
  "emails",
  "phones",
  "externalIds",
  "attributes",
  "tags",
  "consent",
  "preferences",
] as const;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function titleOf(item: Event, customerId: string, t: TFunction): string {
  switch (item.type) {
    case "created":
    case "updated":
    case "consent_changed":
    case "unmerged":
    case "erased":
      return t(`customers.timeline.events.${item.type}`);
    case "merged":
      return text(item.data.mergedId) && item.data.mergedId !== customerId
        ? t("customers.timeline.events.mergedIn")
        : t("customers.timeline.events.mergedInto");
    default:
      return t("customers.timeline.events.other", { type: item.type });
  }
}

/** The sentences under the title: what changed, taken from the event's data. */
function detailsOf(item: Event, t: TFunction): string[] {
  const lines: string[] = [];
  const fields = strings(item.data.fields).map((field) =>
    FIELDS.find((known) => known === field)
      ? t(`customers.timeline.fields.${field as (typeof FIELDS)[number]}`)
      : field,
  );
  if (fields.length > 0)
    lines.push(t("customers.timeline.events.changedFields", { fields: fields.join(", ") }));
  // Identities as stored: phones in E.164, shown the way people write them.
  const identities = [...strings(item.data.identities), ...strings(item.data.identitiesAdded)].map(
    (identity) => (identity.startsWith("+") ? formatPhone(identity) : identity),
  );
  if (identities.length > 0)
    lines.push(t("customers.timeline.events.identities", { identities: identities.join(", ") }));
  const consent = item.data.consent;
  if (typeof consent === "object" && consent !== null) {
    for (const channel of CONSENT_CHANNELS) {
      const value = (consent as Record<string, unknown>)[channel];
      // The API records { granted, source }; an import records true or false.
      const granted =
        typeof value === "boolean" ? value : (value as { granted?: unknown } | undefined)?.granted;
      if (typeof granted !== "boolean") continue;
      const status = t(`customers.consent.status.${granted ? "granted" : "withdrawn"}`);
      lines.push(`${t(`customers.consent.channels.${channel}`)}: ${status}`);
    }
  }
  const moved = item.data.moved;
  if (item.type === "merged" && typeof moved === "object" && moved !== null) {
    lines.push(
      t("customers.timeline.events.moved", { counts: movedText(moved as Record<string, unknown>, t) }),
    );
  }
  return lines;
}

function actorOf(item: Event, t: TFunction): string | null {
  const { actor } = item;
  if (!actor) return null;
  if (actor.source) {
    const source = readRecordSource(actor.source);
    switch (source.kind) {
      case "import":
        return t("customers.timeline.events.fromImport", { file: source.file, line: source.line });
      case "response":
        return t("customers.timeline.events.fromResponse");
      case "interaction":
        return t("customers.timeline.events.fromInteraction");
      default:
        return t("customers.timeline.events.fromSource", { source: source.text });
    }
  }
  if (actor.type === "system") return t("customers.timeline.events.system");
  return actor.label ? t("customers.timeline.events.by", { actor: actor.label }) : null;
}

/** The other profile of a merge or an unmerge, seen from `customerId`. */
function otherProfileOf(item: Event, customerId: string): string | null {
  if (item.type !== "merged" && item.type !== "unmerged") return null;
  const ids = [text(item.data.mergedId), text(item.data.survivorId)].filter(
    (id): id is string => id !== null && id !== customerId,
  );
  return ids[0] ?? null;
}

export function TimelineEvent({ item, customerId }: { item: Event; customerId: string }) {
  const { t } = useTranslation();
  const details = detailsOf(item, t);
  const actor = actorOf(item, t);
  const other = otherProfileOf(item, customerId);
  return (
    <Stack gap={2} data-testid="timeline-event" data-type={item.type}>
      <Text fw={600} size="sm">
        {titleOf(item, customerId, t)}
      </Text>
      {details.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
      {other && (
        <Anchor component={Link} to={`/customers/${other}`} size="sm" w="fit-content">
          {t("customers.timeline.events.openOther")}
        </Anchor>
      )}
      {actor && (
        <Text size="xs" c="dimmed">
          {actor}
        </Text>
      )}
    </Stack>
  );
}
