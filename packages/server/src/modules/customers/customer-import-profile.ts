// What an import row does to a profile: given fields replace, attributes and preferences merge key by key,
// tags are added (an import labels, it never removes), and consent changes only where it differs, so a
// re-import keeps when and where consent was first given. Empty cells change nothing.
import type { AttributeValue, Consent, ConsentChannel, Preferences } from "@touchpoint/core";
import type { ProfileChange } from "./customer-import-rows.ts";
import type { CustomerRow } from "./repo.ts";

export interface Profile {
  name: string | null;
  language: string | null;
  attributes: Record<string, AttributeValue>;
  tags: string[];
  consent: Partial<Record<ConsentChannel, Consent>>;
  preferences: Preferences;
}

export const profileOf = (row: CustomerRow): Profile => ({
  name: row.name,
  language: row.language,
  attributes: row.attributes as Profile["attributes"],
  tags: row.tags as string[],
  consent: row.consent as Profile["consent"],
  preferences: row.preferences as Preferences,
});

export const emptyProfile = (): Profile => ({
  name: null,
  language: null,
  attributes: {},
  tags: [],
  consent: {},
  preferences: {},
});

/** A copy a batch can change in place while the original stays to compare against. */
export const copyProfile = (profile: Profile): Profile => ({
  ...profile,
  attributes: { ...profile.attributes },
  tags: [...profile.tags],
  consent: { ...profile.consent },
  preferences: { ...profile.preferences },
});

export interface ChangeContext {
  /** Where consent given in the file was recorded: "import <file name>". */
  consentSource: string;
  now: Date;
}

/**
 * Applies one row's change to the profile in place; true when anything differs afterwards. Consent
 * channels it changed are added to `consentChanged` (for the timeline's consent event).
 */
export function applyChange(
  profile: Profile,
  change: ProfileChange,
  context: ChangeContext,
  consentChanged: Partial<Record<ConsentChannel, { granted: boolean; source: string }>>,
): boolean {
  let changed = false;
  if (change.name !== undefined && change.name !== profile.name) {
    profile.name = change.name;
    changed = true;
  }
  if (change.language !== undefined && change.language !== profile.language) {
    profile.language = change.language;
    changed = true;
  }
  for (const [key, value] of Object.entries(change.attributes)) {
    if (profile.attributes[key] === value) continue;
    profile.attributes[key] = value;
    changed = true;
  }
  for (const tag of change.tags) {
    if (profile.tags.includes(tag)) continue;
    profile.tags.push(tag);
    changed = true;
  }
  for (const [channel, granted] of Object.entries(change.consent) as [ConsentChannel, boolean][]) {
    if (profile.consent[channel]?.granted === granted) continue;
    profile.consent[channel] = { granted, source: context.consentSource, at: context.now.toISOString() };
    consentChanged[channel] = { granted, source: context.consentSource };
    changed = true;
  }
  for (const [key, value] of Object.entries(change.preferences)) {
    const field = key as keyof Omit<Preferences, "other">;
    if (JSON.stringify(profile.preferences[field]) === JSON.stringify(value)) continue;
    profile.preferences = { ...profile.preferences, [field]: value };
    changed = true;
  }
  for (const [key, value] of Object.entries(change.otherPreferences)) {
    if (profile.preferences.other?.[key] === value) continue;
    profile.preferences = { ...profile.preferences, other: { ...profile.preferences.other, [key]: value } };
    changed = true;
  }
  return changed;
}

/** The fields that differ between two states of a profile. */
export function changedFields(before: Profile, after: Profile): (keyof Profile)[] {
  return (Object.keys(after) as (keyof Profile)[]).filter(
    (field) => JSON.stringify(after[field]) !== JSON.stringify(before[field]),
  );
}
