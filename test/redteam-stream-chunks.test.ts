// Red team on the streaming plan reader's chunks: it reads a file 4 MiB at a time (json-scan.ts
// CHUNK_BYTES), so every construct that spans bytes must read the same when a chunk boundary cuts
// it: a member name, an escape (\", \\, \u0063, a surrogate pair), a UTF-8 sequence of two, three
// or four bytes, a number, a literal, CRLF. Each plan here is the plan of cases/c01 padded (in a
// member no control reads) so that the 4 MiB boundary falls on each byte of the construct in turn.
// Below 8 MiB the default run reads the plan whole with JSON.parse (the committed reader);
// GOVGUARD_INDEX_PLANS_OVER=0 makes the same run stream it. Both must say the same, or both refuse.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliRun, fixtures, runCli } from "./helpers";

const base = fs.readFileSync(path.join(fixtures, "redteam-partition", "stream", "s00-baseline.json"), "utf8");
const env = { GOVGUARD_TODAY: "2026-12-05", NO_COLOR: "1" };
const CHUNK = 4 * 1024 * 1024;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-rt-chunks-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The run as a comparable value: the JSON report, or that it was refused in one line naming the file. */
function outcome(r: CliRun, file: string): unknown {
  if (r.status === 0 || r.status === 1) {
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    delete report.tool;
    return { status: r.status, report };
  }
  const lines = r.stderr.trimEnd().split("\n");
  return { status: r.status, oneLine: lines.length === 1, namesFile: lines[0].startsWith(`govguard: ${file}:`), stdout: r.stdout };
}

/**
 * `text` with `marker` (which must occur once) replaced by `construct`, and a padding member
 * inserted at the top so that the byte `offset` into `construct` is the first byte of the second chunk.
 */
function cutAt(text: string, marker: string, construct: string, offset: number): Buffer {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`marker ${marker} must occur once`);
  const withConstruct = text.slice(0, at) + construct + text.slice(at + marker.length);
  const head = '{\n "x_padding": "';
  const rest = withConstruct.replace(/^\{\n/, '",\n');
  const before = Buffer.byteLength(head) + Buffer.byteLength(withConstruct.slice(0, at).replace(/^\{\n/, '",\n'));
  const pad = CHUNK - offset - before;
  if (pad < 0) throw new Error("construct too far into the plan");
  return Buffer.from(head + "p".repeat(pad) + rest, "utf8");
}

const open = '"module.a.alicloud_oss_bucket.open"';
const after = `${open}, `;
// [what, marker replaced, text before the construct, the construct, text after it]
const cases: [string, string, string, string, string][] = [
  ["a member name", '"resource_changes"', "", '"resource_changes"', ""],
  ["an escaped member name", '"resource_changes"', "", '"resource_\\u0063hanges"', ""],
  ["an element's address member", open, "", open, ""],
  ["an escaped quote and backslashes", open, `${after}"x_q": `, '"a\\"b\\\\\\\\"', ""],
  ["a two-byte UTF-8 sequence", open, `${after}"x_u": "`, "\u00e9\u00e9", '"'],
  ["a three-byte UTF-8 sequence", open, `${after}"x_u": "`, "\u653f\u52a1", '"'],
  ["a four-byte UTF-8 sequence", open, `${after}"x_u": "`, "\u{1F600}", '"'],
  ["a surrogate pair escape", open, `${after}"x_u": "`, "\\ud83d\\ude00", '"'],
  ["a lone surrogate escape", open, `${after}"x_u": "`, "\\ud83d\\u0041", '"'],
  ["a number", open, `${after}"x_n": `, "-12.5e+3", ""],
  ["a literal", open, `${after}"x_l": `, "false", ""],
  ["CRLF", open, `${open},`, "\r\n", '   "x_l": null'],
];

describe.each(cases)("a chunk boundary inside %s", (_name, marker, prefix, construct, suffix) => {
  const from = Buffer.byteLength(prefix);
  // Every byte of a short construct; of a long one, its first and last bytes and two between.
  const all = Array.from({ length: Buffer.byteLength(construct) + 2 }, (_, k) => from - 1 + k).filter((o) => o >= 0);
  const offsets = all.length <= 10 ? all : [...all.slice(0, 4), all[Math.floor(all.length / 3)], all[Math.floor((2 * all.length) / 3)], ...all.slice(-4)];
  test.each(offsets)("at byte %i: streamed reads as JSON.parse reads", (offset) => {
    const file = "plan.json";
    fs.writeFileSync(path.join(dir, file), cutAt(base, marker, prefix + construct + suffix, offset));
    const whole = runCli(["check", file, "--format", "json"], { cwd: dir, env });
    const streamed = runCli(["check", file, "--format", "json"], { cwd: dir, env: { ...env, GOVGUARD_INDEX_PLANS_OVER: "0" } });
    expect(outcome(streamed, file)).toEqual(outcome(whole, file));
  });
});

// Invalid UTF-8 cut by the boundary: refused either way.
test.each([0, 1, 2])("invalid UTF-8 with the boundary at byte %i of it is refused streamed", (offset) => {
  const file = "bad.json";
  const text = cutAt(base, open, '"module.a.alicloud_oss_bucket.open", "x_u": "\u00e9ZZ"', offset + Buffer.byteLength('"module.a.alicloud_oss_bucket.open", "x_u": "'));
  // \u00e9 is C3 A9; make it C3 followed by '(' (not a continuation byte).
  const at = text.indexOf(Buffer.from([0xc3, 0xa9]));
  text[at + 1] = 0x28;
  fs.writeFileSync(path.join(dir, file), text);
  const streamed = runCli(["check", file, "--format", "json"], { cwd: dir, env: { ...env, GOVGUARD_INDEX_PLANS_OVER: "0" } });
  expect(outcome(streamed, file)).toEqual({ status: 2, oneLine: true, namesFile: true, stdout: "" });
});
