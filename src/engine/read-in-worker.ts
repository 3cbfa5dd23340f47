// A JSON input read where it is evaluated: a worker reads the file, checks and slims it with the
// same readJsonInput the main thread uses, evaluates it and finds its findings' lines; the main
// thread gets the report, the digest of the bytes read and what it needs to report the file.
// Many small plans are then read by as many threads as evaluate them, not all by the main thread.
import { InputDocument, readJsonInput } from "../inputs/discover";
import { digestsAsRead, readRecord, recordRead } from "../inputs/read-file";
import { Locator } from "../inputs/locate";
import { InputError, Location, PolicyReport, Text } from "../model";
import { JoinDeclarations, partition } from "./partition";
import { ownBytes } from "./own-bytes";
import { PolicyEvaluator } from "./policy";

/** A file's bytes as a worker read them: what the main thread records for the assessment record
 * and for refusing to write over an input. */
export interface ReadRecord {
  sha256: string;
  bytes: number;
  dev: number;
  ino: number;
}

/** What a worker made of a file it was asked to read and evaluate. */
export type ReadInWorker =
  /** An InputError while reading: the file cannot be read, is no JSON, no plan, too deep… */
  | { unreadable: { file: string; problem: Text } }
  /** Anything else thrown while reading (a defect): reported as the main thread reports it. */
  | { readFailure: { name: string; message: string } }
  /** Terraform JSON configuration: the main thread reads it as configuration. */
  | { record: ReadRecord; notPlan: true }
  /** A plan large enough to be cut into parts: the main thread cuts it (the slimmed document). */
  | { record: ReadRecord; content: ArrayBuffer }
  /** A plan evaluated in one pass, with the line of each resource its findings are about. */
  | { record: ReadRecord; report: Omit<PolicyReport, "catalogue">; locations: [string, Location][] };

/** As ReadInWorker, with the report's catalogue (the pool adds it: it is sent once per worker). */
export type ReadOutcome = Exclude<ReadInWorker, { report: unknown }> | { record: ReadRecord; report: PolicyReport; locations: [string, Location][] };

/**
 * In a worker: reads `file`, and evaluates it when it is a plan of one part. The evaluation's own
 * failure is thrown (the caller reports it as any evaluation's); reading's are returned.
 */
export function readAndEvaluate(file: string, evaluator: PolicyEvaluator, attributes: ReadonlySet<string>, joins: () => JoinDeclarations): ReadInWorker {
  let doc: InputDocument;
  try {
    doc = readJsonInput(file, { attributes, keepSourceText: true });
  } catch (e: unknown) {
    if (e instanceof InputError) return { unreadable: { file: e.file, problem: e.problem } };
    return { readFailure: e instanceof Error ? { name: e.name, message: e.message } : { name: "Error", message: String(e) } };
  }
  const record = readRecord(file);
  if (record === undefined) return { readFailure: { name: "Error", message: `${file} was read without a record of its bytes` } };
  if (doc.kind !== "plan") return { record, notPlan: true };
  const parts = partition(doc, joins());
  if (parts.length > 1) return { record, content: ownBytes(doc.content, true) };
  const { catalogue: _catalogue, ...report } = evaluator.evaluate(parts[0].content);
  const locator = new Locator(doc);
  const locations = new Map<string, Location>();
  for (const f of report.findings) if (!locations.has(f.resource)) locations.set(f.resource, locator.locate(f.resource));
  return { record, report, locations: [...locations] };
}


/** In the main thread: what was thrown while a worker read a file, as reading it here throws it
 * (a RangeError is how running out of stack or memory reads; cli/main.ts words it so). */
export function readingFailure(failure: { name: string; message: string }): Error {
  return failure.name === "RangeError" ? new RangeError(failure.message) : new Error(failure.message);
}

/** In the main thread: the document a worker read, its digest recorded as if read here; `content`
 * is the slimmed plan when the worker left it to be cut, else empty (the report is in hand). */
export function documentReadInWorker(file: string, record: ReadRecord, extra: { content?: Buffer; locations?: [string, Location][] } = {}): InputDocument {
  recordRead(file, record.sha256, record.bytes, record);
  return {
    file,
    kind: "plan",
    content: extra.content ?? Buffer.alloc(0),
    sources: [file],
    digests: digestsAsRead([file]),
    notes: [],
    ...(extra.locations === undefined ? {} : { locations: new Map(extra.locations) }),
  };
}
