// One thread of the evaluation pool (pool.ts): loads the policy once, with the run's data, then
// evaluates each document it is sent, one at a time, and posts its report back.
import { parentPort, workerData } from "node:worker_threads";
import { PolicyBundle } from "./bundle";
import { EvaluatorOptions, PolicyEvaluator, RunData } from "./policy";
import { ControlMetadata, PolicyReport } from "../model";

/** What a worker is started with (workerData). */
export interface WorkerSetup {
  bundle: PolicyBundle;
  runData: RunData;
  options: EvaluatorOptions;
}

/** A document to evaluate: its JSON bytes, moved (transferred) to the worker. */
export interface WorkerRequest {
  id: number;
  content: ArrayBuffer;
}

/** The report without its catalogue: the catalogue is the bundle's, the same in every report, and
 * sent once per worker (`catalogue`) rather than cloned with each of thousands of reports. */
export type ReportWithoutCatalogue = Omit<PolicyReport, "catalogue">;

export type WorkerReply =
  | { id: number; report: ReportWithoutCatalogue; catalogue?: Record<string, ControlMetadata> }
  | { id: number; failure: string };

function serve(port: NonNullable<typeof parentPort>, setup: WorkerSetup): void {
  const evaluator = new PolicyEvaluator(setup.bundle, setup.runData, setup.options);
  let catalogueSent = false;
  port.on("message", (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      // An ArrayBuffer goes to the wasm memory as it is; a Buffer would be copied once more first.
      const { catalogue, ...report } = evaluator.evaluate(request.content);
      reply = catalogueSent ? { id: request.id, report } : { id: request.id, report, catalogue };
      catalogueSent = true;
    } catch (e: unknown) {
      reply = { id: request.id, failure: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}

if (parentPort !== null) serve(parentPort, workerData as WorkerSetup);
