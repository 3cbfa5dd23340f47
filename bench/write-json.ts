// Writes a large JSON value to a file piece by piece: a 100,000-resource plan is longer than the
// longest string V8 can hold, so it cannot be JSON.stringify'd in one go. The output is the same
// compact JSON that JSON.stringify (and `terraform show -json`) writes.
import * as fs from "node:fs";
import { Json } from "./plan-model";

const FLUSH_AT = 1 << 20;

class ChunkedFile {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    fs.writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}

/** Values this deep (or any scalar) are written with one JSON.stringify. */
const WHOLE_AT_DEPTH = 4;

function emit(out: ChunkedFile, value: Json, depth: number): void {
  if (depth >= WHOLE_AT_DEPTH || value === null || typeof value !== "object") {
    out.write(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.write("[");
    value.forEach((item, i) => {
      if (i > 0) out.write(",");
      emit(out, item, depth + 1);
    });
    out.write("]");
    return;
  }
  out.write("{");
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out.write(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    emit(out, item, depth + 1);
  }
  out.write("}");
}

export function writeJsonFile(file: string, value: Json): number {
  const fd = fs.openSync(file, "w");
  try {
    const out = new ChunkedFile(fd);
    emit(out, value, 0);
    out.flush();
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}
