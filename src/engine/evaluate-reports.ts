// The policy's report on each input document: each document cut into parts (partition/), every
// part of every document evaluated — in this thread with one job, else across a pool of worker
// threads — and the parts' reports merged back into one report per document, in document order.
import { currentFile, InputError, workingOn } from "../errors";
import { checkHeap } from "../heap-guard";
import { DeferredJson, InputDocument, inputFileSizes, InputItem, readDeferred, ReadOptions } from "../inputs/discover";
import { prepareLocator } from "../inputs/locate";
import { documentReadInWorker, ReadOutcome, readingFailure } from "./read-in-worker";
import { PolicyBundle } from "./bundle";
import { evaluationOrder, JoinDeclarations, joinsOf, mergeReports, Part, partition } from "./partition";
import { EvaluationPool, isValidJobs, MAX_JOBS, PoolOptions, WorkerCrash } from "./pool";
import { PolicyEvaluator, RunData } from "./policy";
import { PolicyReport } from "../model";

export interface EvaluateReportsOptions {
  /** How many documents are evaluated at once: 1 evaluates in this thread, without a worker. */
  jobs: number;
  /** A policy already loaded with the same bundle and run data, to reuse in this thread (for the
   * joins; and for evaluations, when no document is indexed). */
  evaluator?: PolicyEvaluator;
  /** A cap on each evaluation's wasm memory (tests). */
  maxMemoryBytes?: number;
  /** V8 limits of each worker thread (tests). */
  resourceLimits?: import("node:worker_threads").ResourceLimits;
  /** Told what the pool does (tests). */
  trace?: PoolOptions["trace"];
  /** A pool the caller started before reading the documents (startPool), used for every document
   * (even a single small one) and left open for the caller to close. */
  pool?: EvaluationPool;
}

// OPA's wasm runtime has wasm32's 4 GiB and keeps every value of an evaluation until it ends:
// about 27 bytes of memory per byte of the plan it is given.
const OUT_OF_MEMORY = /opa_malloc: failed|WebAssembly\.Memory\.grow|Out of memory/i;

/** What an evaluation that failed means for the file it was evaluating: running out of wasm memory
 * and a worker dying are the input's (exit 2 naming it); anything else is left as it is. */
export function evaluationFailure(file: string, bytes: number, e: unknown): unknown {
  if (e instanceof WorkerCrash) {
    return new InputError(file, {
      zh: `评估它的工作线程意外终止（${e.detail}）；请用 --jobs 1 重试，或按模块拆分后分别检查`,
      en: `the worker thread evaluating it died (${e.detail}); retry with --jobs 1, or check it in parts (by module)`,
    });
  }
  if (!(e instanceof Error) || !OUT_OF_MEMORY.test(e.message)) return e;
  const mib = Math.round(bytes / (1024 * 1024));
  return new InputError(file, {
    zh: `输入过大，超出 wasm 的 4 GiB 内存上限（精简后 ${mib} MiB）；请按模块拆分后分别检查，或用 opa eval 运行 Rego 策略包`,
    en: `too large to evaluate within wasm's 4 GiB of memory (${mib} MiB after slimming); check it in parts (by module), or run the Rego bundle with opa eval`,
  });
}

/** One document (or part of one) evaluated in this thread; running out of memory is an InputError naming `file`. */
export function evaluatePart(evaluator: PolicyEvaluator, file: string, content: Buffer): PolicyReport {
  try {
    return evaluator.evaluate(content);
  } catch (e: unknown) {
    throw evaluationFailure(file, content.length, e);
  }
}

// How many parts may be handed to the pool and not yet merged, per worker: enough to keep every
// worker busy, few enough that memory does not grow with the plan.
const IN_FLIGHT_PER_JOB = 3;

/** Memory reserved for parts, as a multiple of the first part evaluated: parts are of about one
 * size, and reserved memory that is never touched costs nothing. */
export const PART_HEADROOM = 2;

// Each worker reserves wasm memory up front for the largest document it may get (policy.ts: 48
// bytes per byte). Documents this large are mostly cut into parts; one that is not grows the
// worker's memory as it is evaluated (slower, same report), and no worker reserves gigabytes.
const WORKER_MEMORY_HINT_CAP = 16 * 1024 * 1024;

interface Pending {
  index: number;
  doc: InputDocument;
  parts: Part[];
  /** The size of each part handed over, for the message if it fails. */
  sizes: number[];
  reports: PolicyReport[];
  left: number;
}

export async function evaluateReports(bundle: PolicyBundle, runData: RunData, documents: InputDocument[], options: EvaluateReportsOptions): Promise<PolicyReport[]> {
  if (!isValidJobs(options.jobs)) {
    throw new InputError("jobs", { zh: `应为 1 到 ${MAX_JOBS} 之间的整数`, en: `must be an integer from 1 to ${MAX_JOBS}` });
  }
  if (documents.length === 0) return [];
  const largestInputBytes = documents.reduce((n, d) => Math.max(n, d.content.length), 0);
  // The policy in this thread: what the caller loaded (sized for its documents) answers the joins;
  // it evaluates too unless a document is indexed (its bytes are not in memory, so the caller could
  // not size the memory for it: memory grown step by step made a first evaluation 5x slower).
  const indexed = documents.some((d) => d.indexed !== undefined);
  const load = (bytes: number): PolicyEvaluator =>
    new PolicyEvaluator(bundle, runData, {
      largestInputBytes: bytes,
      ...(options.maxMemoryBytes === undefined ? {} : { maxMemoryBytes: options.maxMemoryBytes }),
    });
  const given = options.evaluator ?? (indexed ? undefined : load(largestInputBytes));
  let evaluating = indexed ? undefined : given;
  const evaluator = (content: Buffer): PolicyEvaluator => (evaluating ??= load(Math.max(largestInputBytes, PART_HEADROOM * content.length)));
  const joins = joinsOf(given ?? load(0));
  const partsOf = (doc: InputDocument): Part[] => cut(doc, joins);

  const first = partsOf(documents[0]);
  if (options.jobs === 1 || (documents.length === 1 && first.length === 1 && options.pool === undefined)) {
    return documents.map((doc, i) => {
      const parts = i === 0 ? first : partsOf(doc);
      const reports: PolicyReport[] = new Array<PolicyReport>(parts.length);
      for (const k of evaluationOrder(parts)) {
        workingOn(doc.file);
        const content = parts[k].content;
        reports[k] = evaluatePart(evaluator(content), doc.file, content);
      }
      return mergeReports(doc, parts, reports);
    });
  }

  // Parts are far smaller than the largest document when it is cut; the pool also sizes a worker
  // by the largest part it has been given when the worker starts.
  const pool = options.pool ?? newPool(bundle, runData, Math.min(largestInputBytes, WORKER_MEMORY_HINT_CAP), options);
  try {
    return await evaluateAsRead(listed(documents), [], pool, joins, options.jobs, { firstParts: first });
  } finally {
    if (pool !== options.pool) await pool.close();
  }
}

/** A document's parts, with the document named as the one in progress (a failure names it). */
function cut(doc: InputDocument, joins: JoinDeclarations): Part[] {
  workingOn(doc.file);
  return partition(doc, joins);
}

async function* listed<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

export interface AsReadOptions {
  /** Run before the first document is evaluated; what it throws is reported unless an input
   * cannot be read (check(): the run's configuration errors). */
  gate?: () => void;
  /** The first document's parts, when the caller has cut it already. */
  firstParts?: Part[];
  /** How inputs are read, for a file the source left unread (DeferredJson) that is read here. */
  reading?: ReadOptions;
}

// What a failure is, by precedence: an input that cannot be read wins, then the gate's error, then
// an evaluation's; within each, the first in input order.
const READING = 0;
const GATE = 1;
const EVALUATION = 2;

interface Failure {
  rank: number;
  index: number;
  error: unknown;
  /** The file in progress when it failed: named by a failure that is not an InputError. */
  file: string | undefined;
}

/** A part of a document read here, or a file left to a worker to read, handed to the pool. */
type InFlight = { entry: Pending; part: number; report: Promise<PolicyReport>; settled: boolean } | { index: number; item: DeferredJson; outcome: Promise<ReadOutcome> };

/**
 * The reports on the documents `source` yields, each cut into parts by `joins` and evaluated in
 * `pool` while the next is read; each document is put at its place in `documents`. A file the
 * source leaves unread (DeferredJson) is read by a worker, which evaluates it too when it is a plan
 * of one part. What fails is what reading every document before evaluating any would report: the
 * first input, in order, that cannot be read, else the gate's error, else the first document, in
 * order, that cannot be cut or evaluated. After a failure the rest is read here, not evaluated.
 */
export async function evaluateAsRead(
  source: AsyncIterable<InputItem>,
  documents: InputDocument[],
  pool: EvaluationPool,
  joins: JoinDeclarations,
  jobs: number,
  options: AsReadOptions = {},
): Promise<PolicyReport[]> {
  const partsOf = (doc: InputDocument, index: number): Part[] => (index === 0 && options.firstParts !== undefined ? options.firstParts : cut(doc, joins));
  const merged: PolicyReport[] = [];
  let failure: Failure | undefined;
  const failed = (rank: number, index: number, error: unknown): void => {
    if (failure === undefined || rank < failure.rank || (rank === failure.rank && index < failure.index)) failure = { rank, index, error, file: currentFile() };
  };
  // Handed to the pool, oldest first: taken in this order, so that what is held stays bounded.
  const inFlight: InFlight[] = [];
  const takeOldest = async (): Promise<void> => {
    const taken = inFlight.shift() as InFlight;
    if ("item" in taken) return takeFile(taken.index, taken.item, taken.outcome);
    const { entry, part, report } = taken;
    try {
      entry.reports[part] = await report;
      // The reports on parts are held until the document's last: a look at the heap per part.
      checkHeap();
    } catch (e: unknown) {
      workingOn(entry.doc.file);
      failed(EVALUATION, entry.index, evaluationFailure(entry.doc.file, entry.sizes[part], e));
      return;
    }
    if (--entry.left === 0) merged[entry.index] = mergeReports(entry.doc, entry.parts, entry.reports);
  };
  /** A file a worker read: its document in place, and its report (evaluated there, or here now). */
  const takeFile = async (index: number, item: DeferredJson, outcome: Promise<ReadOutcome>): Promise<void> => {
    let read: ReadOutcome;
    try {
      read = await outcome;
    } catch (e: unknown) {
      workingOn(item.file);
      failed(EVALUATION, index, evaluationFailure(item.file, item.bytes, e));
      return;
    }
    workingOn(item.file);
    if ("unreadable" in read) return failed(READING, index, new InputError(read.unreadable.file, read.unreadable.problem));
    if ("readFailure" in read) return failed(READING, index, readingFailure(read.readFailure));
    if ("report" in read) {
      documents[index] = documentReadInWorker(item.file, read.record, { locations: read.locations });
      merged[index] = read.report;
      return;
    }
    // Configuration, read again here as configuration; or a plan to cut into parts, evaluated one
    // part after another (rare: a small file that slims to more than one pass holds).
    let doc: InputDocument;
    try {
      doc = "content" in read ? documentReadInWorker(item.file, read.record, { content: Buffer.from(read.content) }) : await readDeferred(item, options.reading);
    } catch (e: unknown) {
      return failed(READING, index, e);
    }
    documents[index] = doc;
    // Not evaluated when what failed already wins over anything its evaluation could find.
    if (failure !== undefined && (failure.rank < EVALUATION || failure.index < index)) return;
    let parts: Part[] = [];
    const reports: PolicyReport[] = [];
    try {
      parts = partsOf(doc, index);
      for (const part of parts) {
        const content = part.content;
        reports.push(await pool.evaluate(content, { transfer: content !== doc.content }));
      }
    } catch (e: unknown) {
      workingOn(doc.file);
      return failed(EVALUATION, index, evaluationFailure(doc.file, doc.content.length, e));
    }
    merged[index] = mergeReports(doc, parts, reports);
  };
  const limit = jobs * IN_FLIGHT_PER_JOB;
  const room = async (): Promise<void> => {
    while (inFlight.length >= limit) await takeOldest();
  };
  try {
    options.gate?.();
  } catch (e: unknown) {
    failed(GATE, -1, e);
  }
  let index = -1;
  try {
    for await (const item of source) {
      index++;
      if (failure !== undefined) {
        // After a failure the rest is read (an input that cannot be read wins), not evaluated.
        if (failure.rank === READING) break;
        try {
          documents[index] = item instanceof DeferredJson ? await readDeferred(item, options.reading) : item;
        } catch (e: unknown) {
          failed(READING, index, e);
          break;
        }
        continue;
      }
      if (item instanceof DeferredJson) {
        await room();
        const outcome = pool.readFile(item.file);
        // Taken in order by takeOldest; a rejection before then is not unhandled.
        outcome.catch(() => undefined);
        inFlight.push({ index, item, outcome });
        continue;
      }
      const doc = item;
      documents[index] = doc;
      let parts: Part[];
      try {
        parts = partsOf(doc, index);
      } catch (e: unknown) {
        failed(EVALUATION, index, e);
        continue;
      }
      const entry: Pending = { index, doc, parts, sizes: [], reports: [], left: parts.length };
      for (let part = 0; part < parts.length && failure === undefined; part++) {
        await room();
        // A part's bytes are built when read (partition/): read once, here, when its turn comes.
        let report: Promise<PolicyReport>;
        try {
          const content = parts[part].content;
          entry.sizes[part] = content.length;
          // The document's own bytes stay whole for the caller; a part built for the evaluation is
          // moved to the worker.
          // An outsized part (the hubs' neighbours) is evaluated with no other beside it, by a worker
          // then ended, so that its memory is neither added to the others' nor kept for the run.
          // (What throws here, before any promise, is this document's: the bytes cannot be built or copied.)
          report = pool.evaluate(content, { transfer: content !== doc.content, alone: parts[part].outsized && parts.length > 1 });
        } catch (e: unknown) {
          workingOn(doc.file);
          failed(EVALUATION, index, evaluationFailure(doc.file, entry.sizes[part] ?? 0, e));
          break;
        }
        const flight = { entry, part, report, settled: false };
        // Taken in order by takeOldest; a rejection before then is not unhandled.
        const settle = (): void => void (flight.settled = true);
        report.then(settle, settle);
        inFlight.push(flight);
      }
    }
  } catch (e: unknown) {
    // An input that cannot be read here: reading stops, as it would have.
    failed(READING, index + 1, e);
  }
  // Nothing is left to read: while the workers evaluate, this thread reads ahead what locating the
  // last document's findings needs (the file again, 100-150 ms at 10,000 resources, which came after
  // the evaluation). Only the last, so that no more than one file's text is held ahead.
  const last = inFlight[inFlight.length - 1];
  if (failure === undefined && last !== undefined && "entry" in last && !last.settled) prepareLocator(last.entry.doc);
  // Everything handed over is taken, so that an earlier input a worker could not read is found.
  while (inFlight.length > 0) await takeOldest();
  if (failure !== undefined) {
    workingOn(failure.file);
    throw failure.error;
  }
  for (let i = 0; i < documents.length; i++) {
    if (documents[i] === undefined || merged[i] === undefined) throw new Error(`input ${i} was neither reported nor failed`);
  }
  return merged;
}

function newPool(bundle: PolicyBundle, runData: RunData, largestInputBytes: number, options: Omit<EvaluateReportsOptions, "pool">): EvaluationPool {
  return new EvaluationPool(bundle, runData, {
    size: options.jobs,
    largestInputBytes,
    ...(options.maxMemoryBytes === undefined ? {} : { maxMemoryBytes: options.maxMemoryBytes }),
    ...(options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits }),
    ...(options.trace === undefined ? {} : { trace: options.trace }),
  });
}

/** With workers started ahead, a JSON file of at most this many bytes is read by the worker that
 * evaluates it (read-in-worker.ts): many small plans are then read by every worker, not all by this
 * thread, which took 4.5 ms a plan of 50 resources against 3 ms of evaluation. A larger file is
 * read here while a worker makes its memory resident. */
export const READ_IN_WORKERS_UP_TO = 1024 * 1024;

/** Inputs below this many bytes in all are evaluated without a pool started ahead: a worker's start
 * (about 0.15 s) costs more than such a document's whole evaluation in this thread. */
export const EARLY_POOL_MIN_BYTES = 4 * 1024 * 1024;

/** Memory made resident ahead, per byte of the largest input file: a first evaluation made about
 * 14 bytes of wasm memory resident per byte of plan JSON (10,000 resources, bench and legacy estates). */
export const PREFAULT_PER_INPUT_BYTE = 12;

/** Files larger than this are cut into parts (partition/), which need far less memory each: their
 * workers start ahead but make none resident (the 100,000-resource memory target). */
export const PREFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** The most memory all the workers started ahead make resident together, however many large files
 * the inputs hold and however many jobs: a file that slims to little would otherwise have every
 * worker hold 12 times its size for nothing. (One 10,000-resource plan asks 240 MiB.) */
export const PREFAULT_TOTAL_BYTES = 512 * 1024 * 1024;

/**
 * A pool of `jobs` workers started before the inputs at `paths` are read, when `jobs` > 1 and the
 * files named there hold enough to gain from it: one worker per file (up to `jobs`) starts at once
 * and makes the memory its first evaluation will use resident while this thread reads. A folder
 * counts as the files it is read from (inputFileSizes). The caller closes the pool.
 */
export function startPool(bundle: PolicyBundle, runData: RunData, paths: readonly string[], options: Omit<EvaluateReportsOptions, "pool">): EvaluationPool | undefined {
  // Jobs out of range start nothing: evaluateReports refuses them, naming --jobs.
  if (!isValidJobs(options.jobs)) return undefined;
  const plan = earlyPool(inputFileSizes(paths), options.jobs);
  if (plan === undefined) return undefined;
  const pool = newPool(bundle, runData, plan.largestInputBytes, options);
  try {
    pool.warm(plan.workers, plan.prefaultBytes);
  } catch {
    // A worker that cannot start here is no reason to fail: the workers started are stopped, and the
    // inputs go the way they went before (a pool started when needed reports what it cannot do).
    void pool.close();
    return undefined;
  }
  return pool;
}

/** What startPool starts for files of `sizes` (undefined: not a regular file) and `jobs`. */
export function earlyPool(sizes: readonly (number | undefined)[], jobs: number): { workers: number; prefaultBytes: number; largestInputBytes: number } | undefined {
  const files = sizes.filter((size): size is number => size !== undefined);
  const total = files.reduce((n, size) => n + size, 0);
  if (jobs <= 1 || total < EARLY_POOL_MIN_BYTES) return undefined;
  // Not Math.max(...files): the paths are the caller's, and 130,000 of them overflow the stack.
  const largest = files.reduce((n, size) => Math.max(n, size), 0);
  const prefault = largest <= PREFAULT_MAX_INPUT_BYTES;
  const workers = Math.min(jobs, files.length);
  return {
    workers,
    prefaultBytes: prefault ? Math.min(largest * PREFAULT_PER_INPUT_BYTE, Math.floor(PREFAULT_TOTAL_BYTES / workers)) : 0,
    // Reserved as before (every warmed worker reserves at once): enough for a 10,000-resource plan,
    // whose memory is then the memory written; a larger document loads the policy again.
    largestInputBytes: Math.min(largest, WORKER_MEMORY_HINT_CAP),
  };
}
