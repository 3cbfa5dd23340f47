// The CLI as a process: it exits 0 or 1 only after a verdict is written. Every other ending — an
// exception or rejection no handler took, hcl2json's Go runtime dying, or work that never settles
// (the event loop empties while the run still waits) — is one line on stderr naming the file being
// read or judged, and exit 2. Once the verdict is written the process exits at once, without
// waiting for timers a wasm runtime may keep alive.
import * as fs from "node:fs";
import { currentFile, printable } from "../errors";
import { guardProcessHeap } from "../heap-guard";
import { goCrashSummary, watchGoRuntime } from "./go-runtime";
import { EXIT_ERROR, failureLine, main } from "./main";

let ended = false;

/** Writes a line to stderr synchronously; a closed stderr must not keep the process from ending. */
function writeLine(line: string): void {
  try {
    fs.writeSync(2, `${line}\n`);
  } catch {
    // Nowhere left to say it; the exit code still says it.
  }
}

/** Ends the process at once with `line` on stderr and exit 2, unless it has already ended. */
function fail(line: string): void {
  if (ended) return;
  ended = true;
  // Synchronous: the process exits before any asynchronous write would complete.
  writeLine(line);
  process.exit(EXIT_ERROR);
}

function noVerdictLine(): string {
  const file = currentFile();
  if (file === undefined) {
    return "govguard: 未得出结论：运行在完成前停止（这是 govguard 的缺陷，请报告）/ no verdict: the run stopped before it finished (a govguard bug, please report it)";
  }
  return `govguard: ${printable(file)}: 未得出结论：读取或评估它的工作在完成前停止 / no verdict: reading or judging it stopped before it finished`;
}

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write("", () => resolve());
  });
}

export function runProcess(argv: string[]): void {
  guardProcessHeap();
  // A reader that stops early (`| head`) closes the pipe: the report did not arrive whole.
  const streams = [
    [process.stdout, { zh: "标准输出", en: "stdout" }],
    [process.stderr, { zh: "标准错误", en: "stderr" }],
  ] as const;
  for (const [stream, name] of streams) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") fail(failureLine(e));
      else fail(`govguard: ${name.zh}在报告写完之前被关闭 / ${name.en} was closed before the report was written in full`);
    });
  }
  process.on("uncaughtException", (e) => fail(failureLine(e)));
  process.on("unhandledRejection", (e) => fail(failureLine(e)));
  // Reached only when the event loop empties while main() has not settled.
  process.on("exit", () => {
    if (ended) return;
    ended = true;
    writeLine(noVerdictLine());
    process.exitCode = EXIT_ERROR;
  });
  watchGoRuntime((exit) => {
    const file = currentFile();
    const crash = printable(goCrashSummary(exit));
    fail(
      `govguard: ${file === undefined ? "" : `${printable(file)}: `}HCL 解析器（hcl2json 的 Go 运行时）读取时终止：${crash} / the HCL parser (hcl2json's Go runtime) died while reading it: ${crash}`,
    );
  });
  main(argv).then(
    async (code) => {
      await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
      // A failure left pending by the run still ends it with exit 2.
      await new Promise((resolve) => setImmediate(resolve));
      if (ended) return;
      ended = true;
      process.exit(code);
    },
    (e: unknown) => fail(failureLine(e)),
  );
}
