// The one typed configuration of a Touchpoint process, read from the environment once and passed down.
import { z } from "zod";

const port = z.coerce.number().int().min(0).max(65535);
const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
  .pipe(z.url());
const smtpUrl = z
  .string()
  .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
  .pipe(z.url());

export const DEFAULT_MAIL_FROM = "Touchpoint <no-reply@touchpoint.local>";

const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: postgresUrl.optional(),
  TOUCHPOINT_DATA_DIR: z.string().min(1).default("./data"),
  SMTP_URL: smtpUrl.optional(),
  TOUCHPOINT_MAIL_FROM: z
    .string()
    .max(320)
    .regex(/^[^\r\n]*@[^\r\n]*$/, "must be an address like Touchpoint <no-reply@example.com>")
    .default(DEFAULT_MAIL_FROM),
  TOUCHPOINT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: logLevel.default("info"),
  TOUCHPOINT_BODY_LIMIT: z.coerce.number().int().min(1024).max(1_073_741_824).default(1_048_576),
  TOUCHPOINT_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  TOUCHPOINT_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  TOUCHPOINT_PUBLIC_URL: z
    .url()
    .regex(/^https?:\/\//, "must be an http(s) URL")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  TOUCHPOINT_ADMIN_EMAIL: z.string().optional(),
  TOUCHPOINT_ADMIN_PASSWORD: z.string().optional(),
  TOUCHPOINT_WORKSPACE: z.string().min(1).max(120).optional(),
  TOUCHPOINT_API_KEY: z
    .string()
    .regex(/^tp_[A-Za-z0-9_-]{20,200}$/, "must look like tp_ followed by at least 20 URL-safe characters")
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  /** The From of outgoing email: "Name <address>" or a bare address. */
  mailFrom: string;
  secret: string | undefined;
  logLevel: z.infer<typeof logLevel>;
  bodyLimit: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  /** Base of links sent to customers (survey links, QR codes); the request's own host when unset. */
  publicUrl: string | undefined;
  provisioning: {
    adminEmail: string | undefined;
    adminPassword: string | undefined;
    workspaceName: string | undefined;
    apiKey: string | undefined;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the environment; a bad value throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    throw new ConfigError(
      `Invalid ${variable}: ${issue?.message ?? "bad value"} (got ${JSON.stringify(env[variable])})`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.TOUCHPOINT_DATA_DIR,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.TOUCHPOINT_MAIL_FROM,
    secret: e.TOUCHPOINT_SECRET,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.TOUCHPOINT_BODY_LIMIT,
    rateLimitPerMinute: e.TOUCHPOINT_RATE_LIMIT,
    trustProxy: e.TOUCHPOINT_TRUST_PROXY === "true",
    publicUrl: e.TOUCHPOINT_PUBLIC_URL,
    provisioning: {
      adminEmail: e.TOUCHPOINT_ADMIN_EMAIL,
      adminPassword: e.TOUCHPOINT_ADMIN_PASSWORD,
      workspaceName: e.TOUCHPOINT_WORKSPACE,
      apiKey: e.TOUCHPOINT_API_KEY,
    },
  };
}
