// The JavaScript heap of the thread reading a plan, watched where it grows with the input (the plan
// index, the partition graph, merged reports, findings). V8 ends a process whose heap is full with a
// fatal error: exit 134 and a native stack trace, no file named, nothing a catch can turn into
// govguard's one line. A plan that would fill the heap is refused before that, as exhaustion (a
// RangeError naming memory, which cli/main.ts words as such): exit 2, naming the file.
// The same looks keep the garbage bounded: V8 lets it grow to several times the live data before
// it collects on its own, and on a large plan that garbage, not the data, set the peak.
import * as v8 from "node:v8";
import * as vm from "node:vm";

/** Refused when more than this share of the heap's limit is still in use after a full collection. */
export const HEAP_SHARE = 0.85;

/** Also refused when less than this is left after a full collection: what is allocated between two
 * looks (a module call parsed, a part's text) must fit. Under a heap of 28 MiB, 15% was too little:
 * V8 ended one run in a CI (exit 134) between two looks. */
export const HEAP_ROOM = 16 * 1024 * 1024;

/** The heap in use past which a look refuses, after a full collection. */
function refuseAbove(limit: number): number {
  return Math.max(0, Math.min(HEAP_SHARE * limit, limit - HEAP_ROOM));
}

/** Steps (see heapStep) between two looks at the heap; a look costs about a microsecond. */
export const STEPS_PER_LOOK = 2048;

/** The heap would be full: a RangeError, as V8's own exhaustion reads (cli/main.ts isExhaustion). */
export class HeapFull extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "HeapFull";
  }
}

/** A look collects when the heap in use has grown by more than this, or by half what the last full
 * collection left, whichever is more, past what that collection left; and first at FIRST_COLLECTION
 * bytes, which no plan of 100,000 resources reaches. Measured partitioning 1,000,000 resources: V8
 * alone let 2.2 GiB be in use for 0.77 GiB live; with these collections and endOfPhase the run
 * peaked at 2.39 GiB in 167 s, with endOfPhase alone at 2.49 GiB in 160 s. */
export const GARBAGE_ROOM = 256 * 1024 * 1024;
export const FIRST_COLLECTION = 512 * 1024 * 1024;

let steps = 0;
// The heap in use above which a look collects first: in use is live data and garbage not yet
// collected, so only what a full collection leaves is judged (and kept within GARBAGE_ROOM).
let collectAbove = FIRST_COLLECTION;
// Near the limit (refuseAbove), the heap in use above which a look collects and judges.
let nearFull: number | undefined;
let collectGarbage: (() => void) | undefined;

/**
 * For a process whose heap this guard watches (the CLI): V8 ends a process whose full collections
 * free little near the heap's limit ("Ineffective mark-compacts near heap limit", exit 134) before
 * a look can judge the heap, and a look's own collection can be the one it counts last. Without that
 * rule, a heap near its limit is judged by the next look, which refuses it. Measured on 20,000
 * resources under heaps of 20 and 28 MiB: 4 runs of 19 ended so, none of 24 after.
 */
export function guardProcessHeap(): void {
  v8.setFlagsFromString("--no-detect-ineffective-gcs-near-heap-limit");
}

function fullCollection(): void {
  if (collectGarbage === undefined) {
    // The one way to ask V8 for a full collection without starting Node with --expose-gc.
    v8.setFlagsFromString("--expose-gc");
    collectGarbage = vm.runInNewContext("gc") as () => void;
  }
  collectGarbage();
}

function mib(bytes: number): string {
  return Math.round(bytes / (1024 * 1024)).toLocaleString("en");
}

// V8 sizes the heap as the old generation's limit (--max-old-space-size) and the young
// generation's, three semi-spaces of 16 MiB on 64-bit Node 20; a heap is full when the old
// generation reaches its limit.
const YOUNG_GENERATION_BYTES = 48 * 1024 * 1024;

/** Bytes of the old generation (all but the young generation's spaces) in use, and its limit. */
function oldGeneration(): { used: number; limit: number } {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name !== "new_space" && space.space_name !== "new_large_object_space") used += space.space_used_size;
  }
  return { used, limit: v8.getHeapStatistics().heap_size_limit - YOUNG_GENERATION_BYTES };
}

/** Looks at the heap now: a RangeError when, after a full collection, more than HEAP_SHARE of the
 * old generation's limit is in use, or less than HEAP_ROOM is left. */
export function checkHeap(): void {
  const before = oldGeneration();
  if (before.used <= Math.min(collectAbove, nearFull ?? refuseAbove(before.limit))) return;
  collectAndJudge();
}

/** At the end of a phase whose working data is now garbage (the partition graph's): collects when
 * the heap holds more than FIRST_COLLECTION, so that the next phase starts from the live data, and
 * compacts what is left, so that the memory the garbage took goes back to the system. */
export function endOfPhase(): void {
  if (oldGeneration().used > FIRST_COLLECTION) collectAndJudge(true);
}

/** A heap holding more than this much live data after a collection is not compacted: a compaction
 * briefly holds what it moves twice. */
export const COMPACT_UP_TO = 512 * 1024 * 1024;

/** A heap smaller than this is not worth compacting before a part evaluated alone. */
export const COMPACT_ABOVE = 64 * 1024 * 1024;

/** Before another thread takes the most memory of the run (a part evaluated alone, partition/):
 * collects and compacts, so that this thread's garbage, and the pages it emptied, are given back
 * first. Measured on 1,000,000 resources: this thread held 0.45-0.63 GiB committed for 0.31-0.33
 * GiB live beside the largest part's evaluation. */
export function makeRoom(): void {
  // Not judged: it is called where a refusal could not be reported (a worker's reply); the next look judges.
  if (oldGeneration().used > COMPACT_ABOVE) compactingCollection();
}

/** A full collection that moves what survives into as few pages as it fills. Without it V8 keeps
 * the pages a collection emptied: after partitioning 1,000,000 resources, 0.6-0.74 GiB committed
 * for 0.31 GiB of live data, beside every part's evaluation. */
function compactingCollection(): void {
  // Garbage first: a compaction moves what is live into new pages before it gives the old back,
  // and with the garbage still in place that briefly took 0.25 GiB more than the heap already held.
  fullCollection();
  // For the same reason, a large live heap is not compacted: 821 MiB live before the report on
  // 1,000,000 resources of a legacy estate took the process from 1.33 to 2.0 GiB resident.
  if (oldGeneration().used > COMPACT_UP_TO) return;
  v8.setFlagsFromString("--compact-on-every-full-gc");
  try {
    fullCollection();
  } finally {
    v8.setFlagsFromString("--no-compact-on-every-full-gc");
  }
}

function collectAndJudge(compact = false): void {
  if (compact) compactingCollection();
  else fullCollection();
  const { used, limit } = oldGeneration();
  if (used > refuseAbove(limit)) {
    const room = used > HEAP_SHARE * limit ? "" : `, less than the ${mib(HEAP_ROOM)} MiB a step may need left`;
    throw new HeapFull(
      `JavaScript heap memory nearly full: ${mib(used)} MiB of its ${mib(limit)} MiB limit in use after a full collection${room}; NODE_OPTIONS=--max-old-space-size=<MiB> raises the limit`,
    );
  }
  // Near the limit, half the room left before the next collection: collections stay few however
  // the heap grows.
  nearFull = Math.max(refuseAbove(limit), used + (limit - used) / 2);
  collectAbove = used + Math.max(GARBAGE_ROOM, used / 2);
}

/** One step of work that grows the heap (an element read, a resource related, a finding): looks
 * at the heap every STEPS_PER_LOOK steps, `weight` steps at a time. */
export function heapStep(weight = 1): void {
  steps += weight;
  if (steps < STEPS_PER_LOOK) return;
  steps = 0;
  checkHeap();
}
