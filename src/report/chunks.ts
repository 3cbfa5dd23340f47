// A report as text in pieces, written one after another (cli/write-output.ts), so that no string
// grows with the number of findings: a legacy plan of 100,000 resources has 137,040 findings, and
// its text report as one string took 1 GiB at peak; past V8's longest string (~512 MiB) one cannot
// be made at all. A format renders its page with holes where the long lists go, and each list is
// rendered only when the writer reaches it.
import { randomUUID } from "node:crypto";

/** Text in pieces, in order. */
export type Chunks = Iterable<string>;

/** All the pieces as one string (for callers that want the whole report). */
export function joined(chunks: Chunks): string {
  let out = "";
  for (const chunk of chunks) out += chunk;
  return out;
}

/**
 * The text `page` renders, with each `hole(pieces)` it wrote replaced by those pieces, produced
 * when reached. A hole's mark holds a random UUID, so no input text can stand for one.
 */
export function* withHoles(page: (hole: (pieces: () => Chunks) => string) => string): Generator<string> {
  const id = randomUUID();
  const fills: (() => Chunks)[] = [];
  const text = page((pieces) => `\u0000${id}:${fills.push(pieces) - 1}\u0000`);
  const mark = new RegExp(`\u0000${id}:([0-9]+)\u0000`, "g");
  let from = 0;
  for (const m of text.matchAll(mark)) {
    yield text.slice(from, m.index);
    yield* fills[Number(m[1])]();
    from = m.index + m[0].length;
  }
  yield text.slice(from);
}

/** `items` rendered one by one, `separator` between two. */
export function* separated<T>(items: Iterable<T>, separator: string, render: (item: T) => string): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? render(item) : separator + render(item);
    first = false;
  }
}

/** A line of a report, or lines produced when reached. */
export type Line = string | (() => Iterable<string>);

/** The lines with `separator` between two, as lines.join(separator) would give them. */
export function* joinLines(items: Iterable<Line>, separator = "\n"): Generator<string> {
  let first = true;
  for (const item of items) {
    for (const line of typeof item === "string" ? [item] : item()) {
      yield first ? line : separator + line;
      first = false;
    }
  }
}
