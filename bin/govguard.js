#!/usr/bin/env node
"use strict";
// Thin launcher for the compiled CLI (npm ci builds dist/ through the prepare script). Exit codes
// and every way the process can end are src/cli/process.ts's job.
let cli;
try {
  cli = require("../dist/src/cli/process.js");
} catch (e) {
  process.stderr.write(
    "govguard: 尚未构建，请先运行 npm ci 或 npm run build / not built yet: run npm ci or npm run build\n",
  );
  process.exit(2);
}
cli.runProcess(process.argv.slice(2));
