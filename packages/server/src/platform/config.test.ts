import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to the embedded database in ./data on 127.0.0.1:3000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      dataDir: "./data",
      databaseUrl: undefined,
      logLevel: "info",
      mailFrom: "Touchpoint <no-reply@touchpoint.local>",
    });
  });

  it("reads every documented variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgres://tp@db:5432/tp",
      TOUCHPOINT_DATA_DIR: "/var/lib/touchpoint",
      SMTP_URL: "smtp://mail:25",
      TOUCHPOINT_MAIL_FROM: "CX Team <cx@example.com>",
      TOUCHPOINT_SECRET: "s".repeat(32),
      LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgres://tp@db:5432/tp",
      dataDir: "/var/lib/touchpoint",
      smtpUrl: "smtp://mail:25",
      mailFrom: "CX Team <cx@example.com>",
      logLevel: "warn",
    });
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["SMTP_URL", "http://mail"],
    ["TOUCHPOINT_MAIL_FROM", "nobody"],
    ["TOUCHPOINT_SECRET", "short"],
    ["LOG_LEVEL", "loud"],
    ["TOUCHPOINT_API_KEY", "not-a-key"],
  ])("stops with a one-line message naming %s when it is %s", (variable, value) => {
    const attempt = () => loadConfig({ [variable]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid ${variable}: `));
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
