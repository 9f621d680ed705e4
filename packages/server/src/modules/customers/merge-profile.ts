// How a merge combines two profiles, and how its undo takes back exactly what it added. The survivor keeps
// what it has and gains what it lacks; consent per channel follows the newer statement of the two, so a
// withdrawal given on either record is never lost by merging.
import { isDeepStrictEqual } from "node:util";
import type { AttributeValue, Consent, ConsentChannel, Customer, Preferences } from "@touchpoint/core";

export interface ProfileFields {
  name: string | null;
  language: string | null;
  attributes: Record<string, AttributeValue>;
  tags: string[];
  consent: Customer["consent"];
  preferences: Preferences;
}

type OtherPreferences = NonNullable<Preferences["other"]>;
type TopPreferences = Omit<Preferences, "other">;

/** What a merge put into the survivor's profile; undo removes each part still as the merge left it. */
export interface FilledFields {
  name?: string;
  language?: string;
  attributes?: Record<string, AttributeValue>;
  tags?: string[];
  consent?: Partial<Record<ConsentChannel, { before: Consent | null; after: Consent }>>;
  preferences?: TopPreferences;
  preferencesOther?: OtherPreferences;
  /** The survivor had no `preferences.other` before the merge made one. */
  createdOther?: true;
}

const missing = (value: unknown) => value === undefined || value === null || value === "";

function fillKeys<T extends Record<string, unknown>>(survivor: T, merged: T) {
  const added = Object.fromEntries(
    Object.entries(merged).filter(([key, value]) => missing(survivor[key]) && !missing(value)),
  ) as Partial<T>;
  return Object.keys(added).length > 0 ? added : undefined;
}

export function fillProfile(survivor: ProfileFields, merged: ProfileFields) {
  const filled: FilledFields = {};
  if (!survivor.name && merged.name) filled.name = merged.name;
  if (!survivor.language && merged.language) filled.language = merged.language;
  const attributes = fillKeys(survivor.attributes, merged.attributes);
  if (attributes) filled.attributes = attributes as Record<string, AttributeValue>;
  const tags = merged.tags.filter((tag) => !survivor.tags.includes(tag));
  if (tags.length > 0) filled.tags = tags;
  const consent: FilledFields["consent"] = {};
  for (const [channel, given] of Object.entries(merged.consent) as [ConsentChannel, Consent][]) {
    const own = survivor.consent[channel];
    if (!own || Date.parse(given.at) > Date.parse(own.at))
      consent[channel] = { before: own ?? null, after: given };
  }
  if (Object.keys(consent).length > 0) filled.consent = consent;
  const { other: survivorOther, ...survivorTop } = survivor.preferences;
  const { other: mergedOther, ...mergedTop } = merged.preferences;
  const preferences = fillKeys<TopPreferences>(survivorTop, mergedTop);
  if (preferences) filled.preferences = preferences;
  const preferencesOther = fillKeys<OtherPreferences>(survivorOther ?? {}, mergedOther ?? {});
  if (preferencesOther) {
    filled.preferencesOther = preferencesOther as OtherPreferences;
    if (!survivorOther) filled.createdOther = true;
  }
  return { profile: applyFilled(survivor, filled), filled };
}

function applyFilled(profile: ProfileFields, filled: FilledFields): ProfileFields {
  const consent = { ...profile.consent };
  for (const [channel, change] of Object.entries(filled.consent ?? {})) {
    consent[channel as ConsentChannel] = change.after;
  }
  const other = { ...profile.preferences.other, ...filled.preferencesOther };
  return {
    name: filled.name ?? profile.name,
    language: filled.language ?? profile.language,
    attributes: { ...profile.attributes, ...filled.attributes },
    tags: [...profile.tags, ...(filled.tags ?? [])],
    consent,
    preferences: {
      ...profile.preferences,
      ...filled.preferences,
      ...(Object.keys(other).length > 0 ? { other } : {}),
    },
  };
}

/** Removes each key the merge added whose value is still the one it added; a value changed since stays. */
function withoutUnchanged<T extends Record<string, unknown>>(current: T, added: Partial<T> | undefined): T {
  const next = { ...current };
  for (const [key, value] of Object.entries(added ?? {})) {
    if (isDeepStrictEqual(next[key], value)) delete next[key];
  }
  return next;
}

/**
 * The survivor's profile with what the merge filled taken back out. A field someone changed after the merge
 * keeps its new value: that change was a decision about the survivor, made after the merge.
 */
export function unfillProfile(current: ProfileFields, filled: FilledFields): ProfileFields {
  const consent = { ...current.consent };
  for (const [channel, change] of Object.entries(filled.consent ?? {})) {
    const key = channel as ConsentChannel;
    if (!isDeepStrictEqual(consent[key], change.after)) continue;
    if (change.before) consent[key] = change.before;
    else delete consent[key];
  }
  const { other, ...top } = current.preferences;
  const restOther = withoutUnchanged(other ?? {}, filled.preferencesOther);
  const dropOther = other === undefined || (filled.createdOther && Object.keys(restOther).length === 0);
  return {
    name: filled.name !== undefined && current.name === filled.name ? null : current.name,
    language: filled.language !== undefined && current.language === filled.language ? null : current.language,
    attributes: withoutUnchanged(current.attributes, filled.attributes),
    tags: current.tags.filter((tag) => !filled.tags?.includes(tag)),
    consent,
    preferences: {
      ...withoutUnchanged<TopPreferences>(top, filled.preferences),
      ...(dropOther ? {} : { other: restOther }),
    },
  };
}

/** The filled fields by name, as the API lists them: "name", "attributes.tier", "consent.email". */
export function filledFieldNames(filled: FilledFields): string[] {
  return [
    ...(filled.name !== undefined ? ["name"] : []),
    ...(filled.language !== undefined ? ["language"] : []),
    ...Object.keys(filled.attributes ?? {}).map((key) => `attributes.${key}`),
    ...(filled.tags ?? []).map((tag) => `tags.${tag}`),
    ...Object.keys(filled.consent ?? {}).map((channel) => `consent.${channel}`),
    ...Object.keys(filled.preferences ?? {}).map((key) => `preferences.${key}`),
    ...Object.keys(filled.preferencesOther ?? {}).map((key) => `preferences.other.${key}`),
  ];
}
