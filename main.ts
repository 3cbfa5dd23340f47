// The CDKTF app: `npm run synth` (or `cdktf synth` with cdktf-cli) writes cdktf.out/, which
// `npx govguard check cdktf.out` gates.
//   portal          the compliant provincial portal built from govguard's constructs (examples/portal.ts);
//                   the synth-time check runs over it, and the gate reports no finding
//   what-not-to-do  raw resources that break the regulation on purpose (examples/what-not-to-do.ts);
//                   its synth-time check is switched off, and the gate fails it
// (examples/minimal.ts, one provider and one bucket, shows the bare bindings and is not synthesized.)
import { App } from "cdktf";
import { GovguardPolicyCheck } from "./constructs";
import { PortalStack } from "./examples/portal";
import { WhatNotToDoStack } from "./examples/what-not-to-do";

// A construct refusing a prop, or the synth-time check failing, ends the synth with its message
// (the findings, as `govguard check` prints them) and exit code 1, without a stack trace.
try {
  const app = new App();
  new PortalStack(app, "portal");
  new WhatNotToDoStack(app, "what-not-to-do");
  // Every stack of the app is checked at synth, except one that switched the check off.
  GovguardPolicyCheck.apply(app);
  app.synth();
} catch (e: unknown) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
