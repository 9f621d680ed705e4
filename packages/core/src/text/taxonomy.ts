// The topic taxonomy: which customer-experience topics feedback is sorted into, each with a label and
// the keywords and phrases that mark it, in Vietnamese and English. Workspaces edit the default or add
// their own topics; a later trained model adds topics learnt from labelled feedback.
import { z } from "zod";

const keywordListSchema = z.array(z.string().trim().min(1).max(120)).max(2_000).default([]);

export const topicSchema = z.object({
  /** Stable key stored with each response's topics: lower-case letters, digits, "_" or "-". */
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z][a-z0-9_-]*$/, "lower-case letters, digits, _ or -, starting with a letter"),
  label: z.object({ vi: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }),
  /**
   * Words and phrases that mark the topic, matched as whole words. Vietnamese is written with its
   * diacritics; text typed without them still matches ("nhan vien" finds "nhân viên").
   */
  keywords: z.object({ vi: keywordListSchema, en: keywordListSchema }),
});
export type Topic = z.infer<typeof topicSchema>;

export const taxonomySchema = z
  .object({ topics: z.array(topicSchema).max(500) })
  .superRefine((taxonomy, context) => {
    const seen = new Set<string>();
    taxonomy.topics.forEach((topic, index) => {
      if (seen.has(topic.id)) {
        context.addIssue({
          code: "custom",
          message: `duplicate topic id ${topic.id}`,
          path: ["topics", index, "id"],
        });
      }
      seen.add(topic.id);
    });
  });
export type Taxonomy = z.infer<typeof taxonomySchema>;

/**
 * A workspace's taxonomy: the base topics with the workspace's own. A custom topic with a new id is
 * added; one with an existing id keeps the base keywords and adds its own, and its label replaces the
 * base label, so a workspace can rename "Card & ATM" without losing the default phrases.
 */
export function extendTaxonomy(base: Taxonomy, custom: readonly Topic[]): Taxonomy {
  const topics = new Map(base.topics.map((topic) => [topic.id, topic]));
  for (const topic of custom) {
    const existing = topics.get(topic.id);
    topics.set(
      topic.id,
      existing
        ? {
            id: topic.id,
            label: topic.label,
            keywords: {
              vi: unique([...existing.keywords.vi, ...topic.keywords.vi]),
              en: unique([...existing.keywords.en, ...topic.keywords.en]),
            },
          }
        : topic,
    );
  }
  return { topics: [...topics.values()] };
}

const unique = (values: string[]) => [...new Set(values)];
