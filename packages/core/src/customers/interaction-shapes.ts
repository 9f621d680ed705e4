// Shapes of interactions: what happened between the company and a customer on any channel (a login, a
// transfer, a call, a complaint), sent by other systems one at a time or in batches.
import { z } from "zod";
import { customerReferenceSchema } from "../surveys/api.ts";
import { keySchema } from "../surveys/conditions.ts";

export const INTERACTION_CHANNELS = [
  "web",
  "app",
  "email",
  "sms",
  "phone",
  "branch",
  "store",
  "chat",
  "social",
  "other",
] as const;
export const interactionChannelSchema = z.enum(INTERACTION_CHANNELS);
export type InteractionChannel = z.infer<typeof interactionChannelSchema>;

export const INTERACTION_OUTCOMES = ["success", "failure", "abandoned"] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export const MAX_INTERACTION_BATCH = 1000;

/** A word like "login", "transfer", "call", "complaint": lower-case letters, digits, _ and -. */
const typeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,63}$/, "lower-case letters, digits, _ and -, starting with a letter");

export const interactionInputSchema = z.strictObject({
  /** The sender's id for this event: sending it again stores it once. */
  eventId: z.string().min(1).max(200).optional(),
  customer: customerReferenceSchema,
  channel: interactionChannelSchema,
  /** The touchpoint key, as journeys will name it: "atm_withdrawal", "checkout". */
  touchpoint: z.string().min(1).max(100).optional(),
  type: typeSchema,
  occurredAt: z.iso.datetime({ offset: true }),
  outcome: z.enum(INTERACTION_OUTCOMES).optional(),
  /** Customer effort when known, on the CES scale (1 = very hard … 7 = very easy). */
  effort: z.number().min(1).max(7).optional(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(31 * 86_400)
    .optional(),
  /** The employee or agent who handled it. */
  agent: z.string().min(1).max(200).optional(),
  note: z
    .string()
    .max(10_000)
    .overwrite((text) => text.normalize("NFC"))
    .optional(),
  metadata: z
    .record(keySchema, z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
    .optional(),
});
export type InteractionInput = z.infer<typeof interactionInputSchema>;

export const interactionSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  eventId: z.string().nullable(),
  channel: interactionChannelSchema,
  touchpoint: z.string().nullable(),
  type: z.string(),
  occurredAt: z.iso.datetime(),
  outcome: z.enum(INTERACTION_OUTCOMES).nullable(),
  effort: z.number().nullable(),
  durationSeconds: z.number().nullable(),
  agent: z.string().nullable(),
  note: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
});
export type Interaction = z.infer<typeof interactionSchema>;
