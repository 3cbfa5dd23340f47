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
  /** Wasm memory to make resident while no document has come yet (policy.ts prefault). */
  prefaultBytes?: number;
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
  | { id: number; report: ReportWithoutCatalogue; catalogue?: Record<string, ControlMetadata>; prefaulted?: number }
  | { id: number; failure: string };

// About 1 ms where the first touch of memory is cheap, 12 ms where it is dear (a VM whose host
// backs its memory lazily; the bench's freshMemoryMsPerGiB): a document waits at most that long.
const PREFAULT_STEP = 4 * 1024 * 1024;

function serve(port: NonNullable<typeof parentPort>, setup: WorkerSetup): void {
  const evaluator = new PolicyEvaluator(setup.bundle, setup.runData, setup.options);
  let catalogueSent = false;
  let waiting = true;
  let touched = 0;
  const prefault = (): void => {
    if (!waiting || touched >= (setup.prefaultBytes ?? 0)) return;
    const wrote = evaluator.prefault(touched, Math.min(PREFAULT_STEP, (setup.prefaultBytes ?? 0) - touched));
    if (wrote === 0) return; // the end of the memory reserved
    touched += wrote;
    // A step at a time, so that a document that arrives is evaluated at once.
    setImmediate(prefault);
  };
  prefault();
  port.on("message", (request: WorkerRequest) => {
    waiting = false;
    let reply: WorkerReply;
    try {
      // An ArrayBuffer goes to the wasm memory as it is; a Buffer would be copied once more first.
      const { catalogue, ...report } = evaluator.evaluate(request.content);
      // The first reply also says how much memory was made resident before the document came.
      reply = catalogueSent ? { id: request.id, report } : { id: request.id, report, catalogue, ...(touched > 0 ? { prefaulted: touched } : {}) };
      catalogueSent = true;
    } catch (e: unknown) {
      reply = { id: request.id, failure: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}

if (parentPort !== null) serve(parentPort, workerData as WorkerSetup);
