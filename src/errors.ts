// Errors that reach the user as one line and exit code 2. Anything else is a defect in govguard.
export { InputError, oneLine, printable, UsageError } from "./model/errors";

// The input file govguard is reading or judging, so that a failure no handler sees (a wasm runtime
// that dies, a promise that never settles) can still name it.
let fileInProgress: string | undefined;

/** Marks `file` as the input being worked on (undefined once the verdict is reached). */
export function workingOn(file: string | undefined): void {
  fileInProgress = file;
}

export function currentFile(): string | undefined {
  return fileInProgress;
}

