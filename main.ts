// The CDKTF app: `npm run synth` (or `cdktf synth` with cdktf-cli) writes cdktf.out/, which
// `npx govguard check cdktf.out` gates.
import { App } from "cdktf";
import { MinimalStack } from "./examples/minimal";

const app = new App();
new MinimalStack(app, "minimal");
app.synth();
