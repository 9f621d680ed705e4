// Segments and personas as the API stores and returns them. A persona is a named archetype from a
// customer-journey workshop (goals, needs, pains, a quote, a picture) standing for one or more segments.
import { z } from "zod";
import { localizedTextSchema } from "../surveys/localized-text.ts";
import { customerSchema } from "./customer-shapes.ts";
import { segmentDefinitionSchema } from "./segment-rules.ts";

export const segmentInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).optional(),
  definition: segmentDefinitionSchema,
});
export type SegmentInput = z.infer<typeof segmentInputSchema>;

export const segmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  definition: segmentDefinitionSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Segment = z.infer<typeof segmentSchema>;

/** What the segment builder sends to see a definition's live count before saving it. */
export const segmentPreviewInputSchema = z.strictObject({ definition: segmentDefinitionSchema });
export type SegmentPreviewInput = z.infer<typeof segmentPreviewInputSchema>;

export const SEGMENT_PREVIEW_SIZE = 20;

export const segmentCountSchema = z.object({ count: z.number().int() });
export type SegmentCount = z.infer<typeof segmentCountSchema>;

/** The live count and the first customers (by id) of a definition. */
export const segmentPreviewSchema = segmentCountSchema.extend({ customers: z.array(customerSchema) });
export type SegmentPreview = z.infer<typeof segmentPreviewSchema>;

const points = z.array(localizedTextSchema).max(20).default([]);

export const personaInputSchema = z.strictObject({
  name: localizedTextSchema,
  /** Who they are in a sentence or two: age, situation, how they bank or shop. */
  description: localizedTextSchema.optional(),
  goals: points,
  needs: points,
  pains: points,
  quote: localizedTextSchema.optional(),
  /** http(s) only: the dashboard shows it as an image. */
  pictureUrl: z
    .url({ protocol: /^https?$/, error: "must be an http(s) address" })
    .max(2000)
    .optional(),
  /** The segments the persona stands for; each must exist in the workspace. */
  segmentIds: z.array(z.uuid()).max(20).default([]),
  // The journeys a persona walks arrive with journeys: a `journeyIds` list beside segmentIds.
});
export type PersonaInput = z.input<typeof personaInputSchema>;

export const personaSchema = personaInputSchema.extend({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Persona = z.infer<typeof personaSchema>;
