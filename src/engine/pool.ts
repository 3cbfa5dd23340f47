// A pool of worker threads, each with one loaded policy (worker.ts), that evaluates documents in
// parallel. Workers start on demand, up to the pool's size; each holds at most two documents (the
// one it evaluates and the next), the rest wait here. The caller bounds how many it hands over at
// once (evaluate-reports.ts), so a plan of a million resources is never all in flight.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ResourceLimits, Worker } from "node:worker_threads";
import { PolicyBundle, packageRoot } from "./bundle";
import { EvaluatorOptions, RunData } from "./policy";
import { ControlMetadata, PolicyReport, UsageError } from "../model";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker";
import type { ReadOutcome } from "./read-in-worker";
import { ownBytes } from "./own-bytes";
import { withSharedStrings } from "./shared-strings";
import { makeRoom } from "../heap-guard";

/** The most workers a run may use (--jobs): each is a V8 isolate and a wasm memory of its own. */
export const MAX_JOBS = 64;

/** The cores available to the process, at most MAX_JOBS: the default of --jobs. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(MAX_JOBS, os.availableParallelism()));
}

/** Whether `n` is a number of jobs a run accepts: an integer from 1 to MAX_JOBS. */
export function isValidJobs(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= MAX_JOBS;
}

/** --jobs as written on the command line: an integer from 1 to MAX_JOBS, else a UsageError. */
export function jobsFromFlag(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const n = /^[0-9]{1,3}$/.test(text) ? Number(text) : NaN;
  if (!isValidJobs(n)) {
    throw new UsageError({ zh: `--jobs 应为 1 到 ${MAX_JOBS} 之间的整数`, en: `--jobs must be an integer from 1 to ${MAX_JOBS}` });
  }
  return n;
}

/** A worker thread ended (crashed, ran out of JavaScript heap, exited) while evaluating a document. */
export class WorkerCrash extends Error {
  constructor(readonly detail: string) {
    super(`the worker evaluating it died: ${detail}`);
    this.name = "WorkerCrash";
  }
}

export interface PoolOptions {
  /** The most workers to start. */
  size: number;
  /** The largest document expected, to size each worker's wasm memory up front (policy.ts). */
  largestInputBytes?: number;
  /** A cap on each worker's wasm memory. */
  maxMemoryBytes?: number;
  /** V8 limits of each worker thread (tests use them to make a worker die). */
  resourceLimits?: ResourceLimits;
  /** Told of each document sent to a worker, each report received and each worker ended (tests). */
  trace?: (event: PoolEvent) => void;
}

export interface PoolEvent {
  kind: "sent" | "settled" | "retired";
  /** The document's number, in the order evaluate() was called (none for "retired"). */
  job?: number;
  /** The worker's number, in the order workers were started. */
  worker: number;
  /** Documents held by all workers after the event. */
  held: number;
  /** For "settled": the wasm memory the worker made resident before its first document came (warm). */
  prefaulted?: number;
}

export interface EvaluateOptions {
  /**
   * Move the bytes to the worker instead of copying them (default true). When `content` alone
   * owns its memory, it is detached: empty for the caller afterwards. Bytes that share their
   * memory (a slice, Node's small-buffer pool) are always copied.
   */
  transfer?: boolean;
  /**
   * Evaluate it with no other document in evaluation, then end the worker that evaluated it (a
   * fresh one takes its place). For a document far larger than the rest: wasm memory only grows,
   * so the worker would keep the memory it touched for the rest of the run, beside the others'.
   */
  alone?: boolean;
}

interface Job {
  id: number;
  alone: boolean;
  /** The document's bytes, or a file for the worker to read (readFile). */
  content?: ArrayBuffer;
  file?: string;
  /** Takes the worker's reply (its catalogue already kept by the pool). */
  settle: (reply: WorkerReply) => void;
  reject: (e: Error) => void;
}

interface Member {
  worker: Worker;
  number: number;
  /** Ended once its jobs are done: it evaluated a document alone. */
  retiring: boolean;
  /** Jobs sent to this worker, oldest (being evaluated) first. */
  jobs: Job[];
  gone: boolean;
}

// A worker holds the document it evaluates and the next, so that it never waits for the main
// thread between two documents.
const PER_WORKER = 2;

/** Documents evaluated alone before which this thread compacts its heap (heap-guard makeRoom), at
 * most, per pool: a compaction took 0.8-1 s at 1,000,000 resources (three parts alone there), and a
 * plan of hundreds of hubs with neighbours must not pay one for each. */
export const MAX_COMPACTIONS = 8;

/** The compiled worker: beside this file when it is compiled; the package's dist/ when this runs
 * from TypeScript sources (ts-jest), since a worker thread cannot load TypeScript. */
export function workerScript(): string {
  const file = __filename.endsWith(".js") ? path.join(__dirname, "worker.js") : path.join(packageRoot(), "dist", "src", "engine", "worker.js");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return file;
}


export class EvaluationPool {
  private readonly members: Member[] = [];
  private readonly waiting: Job[] = [];
  private readonly script = workerScript();
  private catalogue: Record<string, ControlMetadata> | undefined;
  private largestSeen = 0;
  private nextId = 0;
  private started = 0;
  private closed = false;
  private compactions = 0;

  constructor(
    private readonly bundle: PolicyBundle,
    private readonly runData: RunData,
    private readonly options: PoolOptions,
  ) {
    if (!isValidJobs(options.size)) throw new RangeError(`pool size must be an integer from 1 to ${MAX_JOBS}`);
  }

  /** The report on one JSON document, from the first worker free to evaluate it. */
  evaluate(content: Buffer, options: EvaluateOptions = {}): Promise<PolicyReport> {
    if (this.closed) return Promise.reject(new Error("the evaluation pool is closed"));
    this.largestSeen = Math.max(this.largestSeen, content.byteLength);
    const bytes = ownBytes(content, options.transfer ?? true);
    return new Promise<PolicyReport>((resolve, reject) => {
      const settle = (reply: WorkerReply): void => {
        if ("failure" in reply) reject(new Error(reply.failure));
        else if ("report" in reply) resolve(withSharedStrings({ catalogue: this.shared(), ...reply.report }, this.shared()));
        else reject(new Error("the worker answered a document with a file's reading"));
      };
      this.waiting.push({ id: this.nextId++, alone: options.alone ?? false, content: bytes, settle, reject });
      this.dispatch();
    });
  }

  /**
   * The JSON file at `file` read and, when it is a plan of one part, evaluated by the first worker
   * free (read-in-worker.ts). Rejected only when the evaluation fails or the worker dies; what
   * reading found is in the outcome.
   */
  readFile(file: string): Promise<ReadOutcome> {
    if (this.closed) return Promise.reject(new Error("the evaluation pool is closed"));
    return new Promise<ReadOutcome>((resolve, reject) => {
      const settle = (reply: WorkerReply): void => {
        if ("failure" in reply) reject(new Error(reply.failure));
        else if (!("read" in reply)) reject(new Error("the worker answered a file with a document's report"));
        else if ("report" in reply.read) resolve({ ...reply.read, report: withSharedStrings({ catalogue: this.shared(), ...reply.read.report }, this.shared()) });
        else resolve(reply.read);
      };
      this.waiting.push({ id: this.nextId++, alone: false, file, settle, reject });
      this.dispatch();
    });
  }

  private shared(): Record<string, ControlMetadata> {
    if (this.catalogue === undefined) throw new Error("a worker sent a report before the catalogue");
    return this.catalogue;
  }

  /**
   * Starts `workers` workers now, before any document is known, each making `prefaultBytes` of its
   * wasm memory resident while it waits (worker.ts): started while the caller reads the inputs,
   * a worker's start and the first touch of its memory overlap the reading.
   */
  warm(workers: number, prefaultBytes: number): void {
    while (!this.closed && this.members.length < Math.min(workers, this.options.size)) this.start(prefaultBytes);
  }

  /** Stops every worker; jobs not yet finished are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Error("the evaluation pool was closed");
    for (const job of this.waiting.splice(0)) job.reject(stopped);
    await Promise.all(
      this.members.splice(0).map((m) => {
        m.gone = true;
        for (const job of m.jobs.splice(0)) job.reject(stopped);
        return m.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      // Nothing goes out while a document is evaluated alone; one to evaluate alone waits for every worker to be idle.
      if (this.members.some((m) => m.retiring)) return;
      const alone = this.waiting[0].alone;
      if (alone && this.members.some((m) => m.jobs.length > 0)) return;
      const member = this.freeMember();
      if (member === undefined) return;
      const job = this.waiting.shift() as Job;
      member.jobs.push(job);
      member.retiring = alone;
      member.worker.ref();
      if (job.content !== undefined) {
        const request: WorkerRequest = { id: job.id, content: job.content };
        member.worker.postMessage(request, [job.content]);
      } else {
        const request: WorkerRequest = { id: job.id, file: job.file ?? "" };
        member.worker.postMessage(request);
      }
      this.trace("sent", member, job.id);
      // While the worker starts on it: the part alone takes the most memory of the run.
      if (alone && this.compactions++ < MAX_COMPACTIONS) makeRoom();
    }
  }

  private trace(kind: PoolEvent["kind"], member: Member, job?: number, prefaulted?: number): void {
    if (this.options.trace === undefined) return;
    const held = this.members.reduce((n, m) => n + m.jobs.length, 0);
    this.options.trace({ kind, worker: member.number, held, ...(job === undefined ? {} : { job }), ...(prefaulted === undefined ? {} : { prefaulted }) });
  }

  /** An idle worker, else a new one while there is room, else one with room for a next job. */
  private freeMember(): Member | undefined {
    const idle = this.members.find((m) => m.jobs.length === 0);
    if (idle !== undefined) return idle;
    if (this.members.length < this.options.size) return this.start();
    return this.members.find((m) => m.jobs.length < PER_WORKER);
  }

  /** Ends a worker that evaluated a document alone, and the memory it grew for it. */
  private retire(member: Member): void {
    member.gone = true;
    this.members.splice(this.members.indexOf(member), 1);
    void member.worker.terminate();
    this.trace("retired", member);
  }

  private start(prefaultBytes = 0): Member {
    const setup: WorkerSetup = {
      bundle: this.bundle,
      runData: this.runData,
      options: this.evaluatorOptions(),
      ...(prefaultBytes > 0 ? { prefaultBytes } : {}),
    };
    const worker = new Worker(this.script, {
      workerData: setup,
      ...(this.options.resourceLimits === undefined ? {} : { resourceLimits: this.options.resourceLimits }),
    });
    const member: Member = { worker, number: this.started++, retiring: false, jobs: [], gone: false };
    worker.on("message", (reply: WorkerReply) => this.settle(member, reply));
    worker.on("error", (e: Error) => this.lose(member, (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? `out of JavaScript heap (${e.message})` : e.message));
    worker.on("exit", (code) => this.lose(member, `exited with code ${code}`));
    worker.on("messageerror", (e: Error) => this.lose(member, `sent a report that could not be read: ${e.message}`));
    this.members.push(member);
    return member;
  }

  private evaluatorOptions(): EvaluatorOptions {
    // Parts of one plan are of about one size: room for twice the largest seen so far.
    const largestInputBytes = Math.max(this.options.largestInputBytes ?? 0, 2 * this.largestSeen);
    return this.options.maxMemoryBytes === undefined ? { largestInputBytes } : { largestInputBytes, maxMemoryBytes: this.options.maxMemoryBytes };
  }

  private settle(member: Member, reply: WorkerReply): void {
    const index = member.jobs.findIndex((j) => j.id === reply.id);
    if (index === -1) return;
    const [job] = member.jobs.splice(index, 1);
    if (member.jobs.length === 0) member.worker.unref();
    this.trace("settled", member, job.id, "prefaulted" in reply ? reply.prefaulted : undefined);
    if (member.retiring && member.jobs.length === 0) this.retire(member);
    if ("catalogue" in reply && reply.catalogue !== undefined) this.catalogue ??= reply.catalogue;
    try {
      job.settle(reply);
    } catch (e: unknown) {
      job.reject(e instanceof Error ? e : new Error(String(e)));
    }
    this.dispatch();
  }

  /** A worker that ended: the document it was evaluating is the one that killed it; the next one
   * it held goes back to the queue for another worker. */
  private lose(member: Member, detail: string): void {
    if (member.gone) return;
    member.gone = true;
    const at = this.members.indexOf(member);
    if (at !== -1) this.members.splice(at, 1);
    const [culprit, ...innocent] = member.jobs.splice(0);
    // A job whose bytes were moved to the dead worker cannot be sent again: it fails too.
    for (const job of innocent) job.reject(new WorkerCrash(`${detail} (while holding this document)`));
    culprit?.reject(new WorkerCrash(detail));
    void member.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
