// Shapes of the platform API (auth, members, API keys, audit), shared by server and web.
import { z } from "zod";
import { roleSchema } from "./roles.ts";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "must be an email address" }));
export const passwordSchema = z.string().min(10, "must be at least 10 characters").max(200);
export const slugSchema = z
  .string()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and single hyphens");

export const loginInputSchema = z.strictObject({ email: emailSchema, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof loginInputSchema>;

export const workspaceSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
export type Workspace = z.infer<typeof workspaceSchema>;

export const meSchema = z.object({
  kind: z.enum(["user", "api_key"]),
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
  apiKey: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  workspace: workspaceSchema,
  /** IANA zone of the current workspace: the calendar its analytics count days in, so the web's "today" too. */
  timeZone: z.string(),
  role: roleSchema,
  /** Every workspace the user belongs to, for the workspace switcher; only the current one for a key. */
  workspaces: z.array(workspaceSchema.extend({ role: roleSchema })),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const switchWorkspaceInputSchema = z.strictObject({ workspaceId: z.uuid() });

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const addMemberInputSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(120).optional(),
  /** Required when the email has no account yet; ignored otherwise. */
  password: passwordSchema.optional(),
  role: roleSchema,
});
export type AddMemberInput = z.infer<typeof addMemberInputSchema>;

export const updateMemberInputSchema = z.strictObject({ role: roleSchema });

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: roleSchema,
  /** The first characters of the key, so a person can tell keys apart; the key itself is never stored. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createApiKeyInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  role: roleSchema,
});
export type CreateApiKeyInput = z.infer<typeof createApiKeyInputSchema>;

export const createdApiKeySchema = z.object({ apiKey: apiKeySchema, key: z.string() });

export const auditEntrySchema = z.object({
  id: z.uuid(),
  actor: z.object({
    type: z.enum(["user", "api_key", "system"]),
    id: z.string().nullable(),
    label: z.string(),
  }),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  createdAt: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const pageQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
