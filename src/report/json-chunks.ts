// A JSON report as a sequence of pieces, one per element of its one long array (the findings),
// byte for byte what JSON.stringify(value, null, 2) gives for the whole: a report of 137,000
// findings is 142 million characters, and one string of it (twice that in memory as UTF-16, again
// as UTF-8 to write) took 610 MiB more than the findings themselves; past 512 MiB V8 cannot make
// the string at all.
import { randomUUID } from "node:crypto";

/** Elements stringified at once: a few hundred kilobytes of text. */
const BATCH = 256;

/**
 * `skeleton` as JSON.stringify(skeleton, null, 2) + "\n", with `items.map(item)` in place of the
 * one value of the skeleton that is `hole.marker` (any depth).
 */
export function* jsonChunks<T>(skeleton: unknown, hole: { marker: string }, items: readonly T[], item: (element: T) => unknown): Generator<string> {
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
    for (let start = 0; start < items.length; start += BATCH) {
      let nested: unknown = items.slice(start, start + BATCH).map(item);
      for (let k = 0; k < depth; k++) nested = [nested];
      const json = JSON.stringify(nested, null, 2);
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
