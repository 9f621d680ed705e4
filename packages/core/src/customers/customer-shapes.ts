// Shapes of the customers API (zod): profiles, their identities, attributes defined per workspace,
// consent per channel and preferences. One source for validation, types and the OpenAPI document.
import { z } from "zod";
import { keySchema } from "../surveys/conditions.ts";
import { languageSchema, localizedTextSchema } from "../surveys/localized-text.ts";

const nfc = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .overwrite((text) => text.normalize("NFC"));

export const ATTRIBUTE_TYPES = ["string", "number", "boolean", "date"] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** A customer attribute the workspace defines: its key, labels and type. */
export const attributeDefinitionSchema = z.strictObject({
  key: keySchema,
  label: localizedTextSchema,
  type: z.enum(ATTRIBUTE_TYPES),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

/** An attribute value as sent and stored: dates are "YYYY-MM-DD" text; null removes the attribute. */
export const attributeValueSchema = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;
export const attributesSchema = z.record(keySchema, attributeValueSchema);

export const CONSENT_CHANNELS = ["email", "sms", "phone", "in_app"] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const consentChannelSchema = z.enum(CONSENT_CHANNELS);

/** Consent on one channel: given or withdrawn, where it was recorded, and when. */
export const consentSchema = z.object({
  granted: z.boolean(),
  source: z.string(),
  at: z.iso.datetime(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentInputSchema = z.strictObject({
  granted: z.boolean(),
  /** Where the customer said so: "app settings", "branch form", "call". */
  source: nfc(200).min(1),
});

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 08:30");

export const preferencesSchema = z.strictObject({
  preferredChannel: consentChannelSchema.optional(),
  language: languageSchema.optional(),
  contactHours: z.strictObject({ from: timeOfDay, to: timeOfDay }).optional(),
  /** Anything else the workspace records: "newsletter_topics", "branch". */
  other: z.record(keySchema, z.union([z.string().max(500), z.number(), z.boolean()])).optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** An id the customer has in another system: the CRM, the app, the core banking system. */
export const externalIdSchema = z.strictObject({
  system: keySchema.default("default"),
  value: nfc(200).min(1),
});
export type ExternalId = z.infer<typeof externalIdSchema>;

export const tagSchema = nfc(64).min(1);

export const customerSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  language: z.string().nullable(),
  externalIds: z.array(z.object({ system: z.string(), value: z.string() })),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  attributes: z.record(z.string(), attributeValueSchema),
  tags: z.array(z.string()),
  consent: z.partialRecord(consentChannelSchema, consentSchema),
  preferences: preferencesSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set when the customer was merged into another; reads follow it there. */
  mergedInto: z.uuid().nullable(),
  /** Set when the customer's personal data was erased. */
  erasedAt: z.iso.datetime().nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerInputSchema = z.strictObject({
  name: nfc(200).min(1).optional(),
  language: languageSchema.optional(),
  externalIds: z.array(externalIdSchema).max(20).optional(),
  /** Normalised (trimmed, lower-cased); an invalid address is a 422 at its index. */
  emails: z.array(z.string().max(320)).max(20).optional(),
  /** Normalised to E.164; Vietnamese national forms are understood. */
  phones: z.array(z.string().max(40)).max(20).optional(),
  attributes: attributesSchema.optional(),
  tags: z.array(tagSchema).max(100).optional(),
  consent: z.partialRecord(consentChannelSchema, consentInputSchema).optional(),
  preferences: preferencesSchema.optional(),
});
export type CustomerInput = z.infer<typeof customerInputSchema>;

/** A change to a profile: given fields replace (attributes and consent merge key by key; null removes). */
export const customerPatchSchema = customerInputSchema;
export type CustomerPatch = z.infer<typeof customerPatchSchema>;
