// Watches the Go runtime that @cdktf/hcl2json runs in wasm to parse .tf files. When that program
// dies (out of memory, a panic), Go's wasm_exec only calls `go.exit(code)`: the promise of the
// parse in progress never settles, and its crash report (dozens of lines of goroutine stacks) is
// written straight to file descriptor 2 through `globalThis.fs`. The CLI must instead end with
// one line naming the file and exit 2, so before hcl2json loads it:
//   - wraps the `Go` class hcl2json's wasm_exec.js defines, so that an exit of the program is
//     reported at once (hcl2json's program never exits while it is usable);
//   - wraps the `fs` that wasm_exec.js installs on globalThis, keeping what the Go program writes
//     to stdout and stderr instead of letting it into the reports or the log.

import { setFlagsFromString } from "node:v8";

/** How the Go program ended: its exit code and what it wrote before (trimmed). */
export interface GoExit {
  code: number;
  output: string;
}

type FsModule = typeof import("node:fs");
type GoClass = new (...args: unknown[]) => { exit: (code: number) => void };

// Enough of the crash report for its first lines; the goroutine stacks after them are dropped.
const MAX_KEPT = 64 * 1024;

let installed = false;

/**
 * Installs the watch (once per process). `onExit` is called, inside the runtime's exit, with the
 * program's exit code and output; it is expected to end the process.
 */
export function watchGoRuntime(onExit: (exit: GoExit) => void): void {
  if (installed) return;
  installed = true;
  const decoder = new TextDecoder();
  let output = "";
  const keep = (bytes: Uint8Array): void => {
    if (output.length < MAX_KEPT) output += decoder.decode(bytes, { stream: true });
  };

  let fsForGo: FsModule | undefined;
  Object.defineProperty(globalThis, "fs", {
    configurable: true,
    enumerable: false,
    get: () => fsForGo,
    set: (real: FsModule) => {
      // Everything the Go program does through fs goes to the real module, except writing to
      // stdout and stderr.
      const wrapped = Object.create(real) as FsModule & Record<string, unknown>;
      wrapped.writeSync = ((fd: number, buffer: Uint8Array, ...rest: unknown[]): number => {
        if (fd === 1 || fd === 2) {
          keep(buffer);
          return buffer.length;
        }
        return (real.writeSync as (...a: unknown[]) => number)(fd, buffer, ...rest);
      }) as FsModule["writeSync"];
      wrapped.write = ((fd: number, buffer: Uint8Array, ...rest: unknown[]): void => {
        const callback = rest[rest.length - 1] as (err: Error | null, written?: number) => void;
        if (fd === 1 || fd === 2) {
          const [offset, length] = [Number(rest[0] ?? 0), Number(rest[1] ?? buffer.length - Number(rest[0] ?? 0))];
          keep(buffer.subarray(offset, offset + length));
          callback(null, length);
          return;
        }
        (real.write as (...a: unknown[]) => void)(fd, buffer, ...rest);
      }) as FsModule["write"];
      fsForGo = wrapped;
    },
  });

  let WatchedGo: GoClass | undefined;
  Object.defineProperty(globalThis, "Go", {
    configurable: true,
    enumerable: false,
    get: () => WatchedGo,
    set: (Go: GoClass) => {
      // hcl2json is about to compile its Go program. Compiled in V8's baseline tier only: the
      // optimising tier recompiles hot functions in background jobs that Node finishes before the
      // process may end, which kept the CLI alive 0.3-20 s after its report (test/reading-exit).
      setFlagsFromString("--liftoff-only");
      WatchedGo = class extends Go {
        constructor(...args: unknown[]) {
          super(...args);
          this.exit = (code: number) => onExit({ code, output: output.trim() });
        }
      };
    },
  });
}

/** The line of a Go crash report that says what happened ("fatal error: out of memory", "panic: …"). */
export function goCrashSummary(exit: GoExit): string {
  const lines = exit.output.split("\n").map((l) => l.trim());
  return lines.find((l) => /^(fatal error|panic):/.test(l)) ?? lines.find((l) => l !== "") ?? `exit code ${exit.code}`;
}
