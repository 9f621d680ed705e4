// Global setup of the browser tests: one folder for the demo bank, seeded by the first test file that needs
// it and copied by the others (the seed takes minutes; a copy of its data folder takes a second).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    demoTemplateDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-e2e-demo-template-"));
  project.provide("demoTemplateDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
