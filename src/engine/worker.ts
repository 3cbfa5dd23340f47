// One thread of the evaluation pool (pool.ts): loads the policy once, with the run's data, then
// evaluates each document it is sent, one at a time, and posts its report back.
import { parentPort, workerData } from "node:worker_threads";
import { PolicyBundle } from "./bundle";
import { EvaluatorOptions, PolicyEvaluator, RunData } from "./policy";
import { JoinDeclarations, joinsOf } from "./partition";
import { readAndEvaluate, ReadInWorker } from "./read-in-worker";
import { ControlMetadata, PolicyReport } from "../model";

/** What a worker is started with (workerData). */
export interface WorkerSetup {
  bundle: PolicyBundle;
  runData: RunData;
  options: EvaluatorOptions;
  /** Wasm memory to make resident while no document has come yet (policy.ts prefault). */
  prefaultBytes?: number;
}

/** A document to evaluate: its JSON bytes, moved (transferred) to the worker; or a JSON file to
 * read and evaluate (read-in-worker.ts). */
export type WorkerRequest = { id: number; content: ArrayBuffer } | { id: number; file: string };

/** The report without its catalogue: the catalogue is the bundle's, the same in every report, and
 * sent once per worker (`catalogue`) rather than cloned with each of thousands of reports. */
export type ReportWithoutCatalogue = Omit<PolicyReport, "catalogue">;

/** What the first reply of a worker adds: the catalogue, and the memory made resident before it. */
interface FirstReply {
  catalogue?: Record<string, ControlMetadata>;
  prefaulted?: number;
}

export type WorkerReply =
  | ({ id: number; report: ReportWithoutCatalogue } & FirstReply)
  | ({ id: number; read: ReadInWorker } & FirstReply)
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
  let joins: JoinDeclarations | undefined;
  const joinsOnce = (): JoinDeclarations => (joins ??= joinsOf(evaluator));
  // The first reply also carries the catalogue, and says how much memory was made resident before the document came.
  const first = (): FirstReply => {
    if (catalogueSent) return {};
    catalogueSent = true;
    return { catalogue: evaluator.catalogueOnce(), ...(touched > 0 ? { prefaulted: touched } : {}) };
  };
  port.on("message", (request: WorkerRequest) => {
    waiting = false;
    let reply: WorkerReply;
    const transfer: ArrayBuffer[] = [];
    try {
      if ("file" in request) {
        const read = readAndEvaluate(request.file, evaluator, setup.bundle.attributes, joinsOnce);
        if ("content" in read) transfer.push(read.content);
        reply = "report" in read ? { id: request.id, read, ...first() } : { id: request.id, read };
      } else {
        // An ArrayBuffer goes to the wasm memory as it is; a Buffer would be copied once more first.
        const { catalogue: _shared, ...report } = evaluator.evaluate(request.content);
        reply = { id: request.id, report, ...first() };
      }
    } catch (e: unknown) {
      reply = { id: request.id, failure: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply, transfer);
  });
}

if (parentPort !== null) serve(parentPort, workerData as WorkerSetup);
