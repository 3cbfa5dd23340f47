// A JSON report as a sequence of pieces, one per element of its one long array (the findings),
// byte for byte what JSON.stringify(value, null, 2) gives for the whole: a report of 137,000
// findings is 142 million characters, and one string of it (twice that in memory as UTF-16, again
// as UTF-8 to write) took 610 MiB more than the findings themselves; past 512 MiB V8 cannot make
// the string at all.
import { randomUUID } from "node:crypto";
import { escapesLoneSurrogate } from "./escape-json";

/** Elements stringified at once. Small enough that a batch's text stays under V8's large-object
 * size (128 KiB; a finding is about 1,100 characters, two bytes each when it holds Chinese), so it
 * is made in the young generation's reused memory rather than in pages fresh from the kernel: 256
 * at once took 185 ms for the 13,789 findings of a 10,000-resource legacy estate, 32 took 50 ms,
 * on a VM paying 2.9 s per GiB of first touch. */
const BATCH = 32;

/**
 * `skeleton` as JSON.stringify(skeleton, null, 2) + "\n", with `items.map(item)` in place of the
 * one value of the skeleton that is `hole.marker` (any depth). With `safe`, a batch is written as
 * `items.map(safe)` instead when its text escapes a lone surrogate: `safe` makes an element's
 * strings well-formed (escape-json.ts jsonSafe) and is otherwise the same element. Copying every
 * element to check its strings took longer than writing it (110 ms of 14,000 findings).
 */
export function* jsonChunks<T>(skeleton: unknown, hole: { marker: string }, items: { readonly length: number; slice(start: number, end: number): readonly T[] }, item: (element: T) => unknown, safe?: (element: T) => unknown): Generator<string> {
  const text = JSON.stringify(skeleton, null, 2) + "\n";
  const quoted = JSON.stringify(hole.marker);
  const at = text.indexOf(quoted);
  if (at === -1 || text.indexOf(quoted, at + quoted.length) !== -1) throw new Error("the report's skeleton must hold its marker once");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const indent = " ".repeat(/^ */.exec(text.slice(lineStart, at))![0].length);
  yield text.slice(0, at);
  if (items.length === 0) {
    yield "[]";
  } else {
    // Elements stringified a batch at a time, inside as many arrays as the hole is deep, so that
    // JSON.stringify itself indents them as in the whole (re-indenting each one took twice as long).
    const depth = indent.length / 2;
    let open = "";
    let close = "";
    for (let k = 0; k <= depth; k++) {
      open += `${" ".repeat(2 * k)}[\n`;
      close = `\n${" ".repeat(2 * k)}]${close}`;
    }
    const stringified = (batch: readonly T[], map: (element: T) => unknown): string => {
      let nested: unknown = batch.map(map);
      for (let k = 0; k < depth; k++) nested = [nested];
      return JSON.stringify(nested, null, 2);
    };
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      let json = stringified(batch, item);
      if (safe !== undefined && escapesLoneSurrogate(json)) json = stringified(batch, safe);
      yield `${start === 0 ? "[\n" : ",\n"}${json.slice(open.length, json.length - close.length)}`;
    }
    yield `\n${indent}]`;
  }
  yield text.slice(at + quoted.length);
}

/** A marker no input can hold: where the long array goes in a skeleton. */
export function arrayHole(): { marker: string } {
  return { marker: `govguard-array-${randomUUID()}` };
}
