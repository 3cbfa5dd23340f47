// The policy's report on each input document: each document cut into parts (partition/), every
// part of every document evaluated — in this thread with one job, else across a pool of worker
// threads — and the parts' reports merged back into one report per document, in document order.
import * as fs from "node:fs";
import { currentFile, InputError, workingOn } from "../errors";
import { InputDocument } from "../inputs/discover";
import { PolicyBundle } from "./bundle";
import { JoinDeclarations, joinsOf, mergeReports, Part, partition } from "./partition";
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
  const partsOf = (doc: InputDocument): Part[] => {
    workingOn(doc.file);
    return partition(doc, joins);
  };

  const first = partsOf(documents[0]);
  if (options.jobs === 1 || (documents.length === 1 && first.length === 1 && options.pool === undefined)) {
    return documents.map((doc, i) => {
      const parts = i === 0 ? first : partsOf(doc);
      const reports = parts.map((part) => {
        workingOn(doc.file);
        const content = part.content;
        return evaluatePart(evaluator(content), doc.file, content);
      });
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

async function* listed<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

export interface AsReadOptions {
  /** Run before the first document is evaluated; what it throws is reported unless an input
   * cannot be read (check(): the run's configuration errors). */
  gate?: () => void;
  /** The first document's parts, when the caller has cut it already. */
  firstParts?: Part[];
}

/**
 * The reports on the documents `source` yields, each cut into parts by `joins` and evaluated in
 * `pool` while the next is read; each document read is pushed onto `documents`. What fails is what
 * reading every document before evaluating any would report: an input that cannot be read, else
 * the gate's error, else the first document, in order, that cannot be cut or evaluated. After a
 * failure the rest is read, not evaluated.
 */
export async function evaluateAsRead(
  source: AsyncIterable<InputDocument>,
  documents: InputDocument[],
  pool: EvaluationPool,
  joins: JoinDeclarations,
  jobs: number,
  options: AsReadOptions = {},
): Promise<PolicyReport[]> {
  const partsOf = (doc: InputDocument, index: number): Part[] => {
    if (index === 0 && options.firstParts !== undefined) return options.firstParts;
    workingOn(doc.file);
    return partition(doc, joins);
  };
  const merged: PolicyReport[] = [];
  const finish = (entry: Pending): void => {
    merged[entry.index] = mergeReports(entry.doc, entry.parts, entry.reports);
  };
  // Parts handed to the pool, oldest first: they are taken in this order, so documents are merged
  // in order and the first failure reported is the first in document order.
  const inFlight: { entry: Pending; part: number; report: Promise<PolicyReport> }[] = [];
  const takeOldest = async (): Promise<void> => {
    const { entry, part, report } = inFlight.shift() as (typeof inFlight)[number];
    try {
      entry.reports[part] = await report;
    } catch (e: unknown) {
      workingOn(entry.doc.file);
      throw evaluationFailure(entry.doc.file, entry.sizes[part], e);
    }
    if (--entry.left === 0) finish(entry);
  };
  /** `e`, unless a document in flight (all earlier than the one `e` is about) fails first. */
  const earliest = async (e: unknown): Promise<unknown> => {
    try {
      while (inFlight.length > 0) await takeOldest();
    } catch (earlier: unknown) {
      return earlier;
    }
    return e;
  };
  const limit = jobs * IN_FLIGHT_PER_JOB;
  // The first failure, with the file it is about: reading goes on after it (and names each file it
  // reads), so the file is put back before the failure is thrown.
  let failure: { error: unknown; file: string | undefined } | undefined;
  const failed = (error: unknown): void => {
    failure = { error, file: currentFile() };
  };
  try {
    options.gate?.();
  } catch (e: unknown) {
    failed(e);
  }
  // An input that cannot be read ends the loop at once (thrown by the source): it wins.
  for await (const doc of source) {
    const index = documents.push(doc) - 1;
    if (failure !== undefined) continue;
    let parts: Part[];
    try {
      parts = partsOf(doc, index);
    } catch (e: unknown) {
      failed(await earliest(e));
      continue;
    }
    const entry: Pending = { index, doc, parts, sizes: [], reports: [], left: parts.length };
    try {
      for (let part = 0; part < parts.length; part++) {
        while (inFlight.length >= limit) await takeOldest();
        // A part's bytes are built when read (partition/): read once, here, when its turn comes.
        let content: Buffer;
        let report: Promise<PolicyReport>;
        try {
          content = parts[part].content;
          entry.sizes[part] = content.length;
          // The document's own bytes stay whole for the caller; a part built for the evaluation is
          // moved to the worker.
          // An outsized part (the hubs' neighbours) is evaluated with no other beside it, by a worker
          // then ended, so that its memory is neither added to the others' nor kept for the run.
          // (What throws here, before any promise, is this document's: the bytes cannot be built or copied.)
          report = pool.evaluate(content, { transfer: content !== doc.content, alone: parts[part].outsized && parts.length > 1 });
        } catch (e: unknown) {
          workingOn(doc.file);
          failed(await earliest(evaluationFailure(doc.file, entry.sizes[part] ?? 0, e)));
          break;
        }
        // Taken in order by takeOldest; a rejection before then is not unhandled.
        report.catch(() => undefined);
        inFlight.push({ entry, part, report });
      }
    } catch (e: unknown) {
      // From takeOldest: the first failure in document order (what is still in flight is later).
      failed(e);
    }
  }
  if (failure !== undefined) {
    workingOn(failure.file);
    throw failure.error;
  }
  while (inFlight.length > 0) await takeOldest();
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
 * and makes the memory its first evaluation will use resident while this thread reads. Paths
 * that are not regular files (folders) count for nothing. The caller closes the pool.
 */
export function startPool(bundle: PolicyBundle, runData: RunData, paths: readonly string[], options: Omit<EvaluateReportsOptions, "pool">): EvaluationPool | undefined {
  // Jobs out of range start nothing: evaluateReports refuses them, naming --jobs.
  if (!isValidJobs(options.jobs)) return undefined;
  const plan = earlyPool(paths.map(fileSize), options.jobs);
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

/** The size of the regular file at `p`; undefined for anything else, or what cannot be read (the
 * reading that follows names the problem). */
function fileSize(p: string): number | undefined {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    return st?.isFile() === true ? st.size : undefined;
  } catch {
    return undefined;
  }
}
