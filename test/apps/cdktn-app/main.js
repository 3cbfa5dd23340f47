// A CDK Terrain application as a user writes one: the app is cdktn's, and govguard's constructs,
// the synth-time check and the alicloud bindings come from the govguard package's entry points
// (the package refers to itself by name, as an installed one is referred to). test/cdktn.test.ts
// runs it as `cdktn synth` runs cdktf.json's "app", in a process that cannot load cdktf at all.
//   portal          the compliant portal from govguard's constructs; checked at synth, passes
//   what-not-to-do  the negative example; its check is off unless the context key
//                   govguard-test:checkWhatNotToDo is true, so that the gate can judge it
const { App } = require("cdktn");
const { GovguardPolicyCheck } = require("govguard/constructs");
const { PortalStack } = require("../../../dist/examples/portal");
const { WhatNotToDoStack } = require("../../../dist/examples/what-not-to-do");

try {
  const app = new App();
  new PortalStack(app, "portal");
  const negative = new WhatNotToDoStack(app, "what-not-to-do");
  GovguardPolicyCheck.apply(app);
  if (app.node.tryGetContext("govguard-test:checkWhatNotToDo") === true) GovguardPolicyCheck.apply(negative);
  app.synth();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
