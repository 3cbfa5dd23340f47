// A reader for the gzipped ustar archives that `opa build` writes: enough of the format for OPA
// bundles (regular files, PAX path records), with no dependency.
import { gunzipSync } from "node:zlib";

const BLOCK = 512;

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
}

function octal(header: Buffer, offset: number, length: number): number {
  const text = field(header, offset, length).trim();
  const value = text === "" ? 0 : parseInt(text, 8);
  if (!Number.isFinite(value)) throw new Error(`bad size field "${text}" in tar header`);
  return value;
}

// PAX extended headers carry "<len> <key>=<value>\n" records; only `path` matters here.
function paxPath(body: Buffer): string | undefined {
  for (const record of body.toString("utf8").split("\n")) {
    const m = /^\d+ path=(.*)$/.exec(record);
    if (m) return m[1];
  }
  return undefined;
}

/** Files of a .tar.gz, by path without a leading slash. */
export function readTarGz(archive: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(archive);
  const files = new Map<string, Buffer>();
  let offset = 0;
  let nextPath: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = field(header, 345, 155);
    const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length !== size) throw new Error("tar archive is truncated");
    if (type === "x") {
      nextPath = paxPath(body);
    } else {
      if (type === "0" || type === "\0") files.set((nextPath ?? name).replace(/^\/+/, ""), Buffer.from(body));
      nextPath = undefined;
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}
