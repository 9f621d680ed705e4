#!/usr/bin/env node
// The `touchpoint` command. npm and npx run it on the project's pinned Node 24, which executes TypeScript.
import "../src/cli/main.ts";
