// Evaluates the compiled policy bundle in-process with @open-policy-agent/opa-wasm. One loaded
// policy is reused for every document: compiling and instantiating wasm per call is the classic
// slowdown.
import { loadPolicySync, LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { CATALOGUE_ENTRYPOINT, CONFIGURATION_ERRORS_ENTRYPOINT, ENGINE_ENTRYPOINT, FACTS_ENTRYPOINT, MATRIX_ENTRYPOINT, PARAMETERS_ENTRYPOINT, PolicyBundle, readBundle } from "./bundle";
import { ControlMetadata, MatrixEntry, ParameterDoc, PolicyError, PolicyReport } from "../model";

/** What the host supplies as `data` next to the bundle's own data. */
export interface RunData {
  /** Parameters from govguard.yaml; the bundle applies the catalogue's defaults to what is absent. */
  govguard_config?: Record<string, unknown>;
  /** Entries of waivers.yaml. */
  govguard_waivers?: unknown[];
  /** Today's date, YYYY-MM-DD, against which waivers expire (wasm has no clock). */
  govguard_today?: string;
}

export interface EvaluatorOptions {
  /** The size of the largest document to be evaluated, to size wasm memory up front. */
  largestInputBytes?: number;
  /** A cap on the evaluation's wasm memory, below wasm32's 4 GiB. */
  maxMemoryBytes?: number;
}

const PAGE = 64 * 1024;
const MAX_PAGES = 65536; // wasm32's 4 GiB
// Measured: evaluation takes about 27 times a (slimmed) plan's JSON size in wasm memory. Memory grown
// step by step during the first evaluation makes it about twice as slow, and pages that are
// reserved but never touched cost no resident memory, so the memory is reserved generously.
const BYTES_PER_INPUT_BYTE = 48;
const MIN_BYTES = 32 * 1024 * 1024;

export function initialPages(largestInputBytes: number): number {
  const bytes = Math.max(MIN_BYTES, largestInputBytes * BYTES_PER_INPUT_BYTE);
  return Math.min(MAX_PAGES - 1, Math.ceil(bytes / PAGE));
}

/** The parts of the SDK's LoadedPolicy its ABI 1.2 evaluation uses (opa-wasm 1.10, src/opa.js). */
interface PolicyInternals {
  minorVersion: number;
  mem: WebAssembly.Memory;
  wasmInstance: { exports: { opa_eval: (...args: number[]) => number } };
  dataAddr: number;
  dataHeapPtr: number;
  entrypoints: Record<string, number>;
}

export class PolicyEvaluator {
  private policy: LoadedPolicy;
  private readonly maximum: number | undefined;

  constructor(
    readonly bundle: PolicyBundle,
    private readonly runData: RunData = {},
    options: EvaluatorOptions = {},
  ) {
    this.maximum = options.maxMemoryBytes === undefined ? undefined : Math.min(MAX_PAGES, Math.ceil(options.maxMemoryBytes / PAGE));
    this.policy = this.instantiate(initialPages(options.largestInputBytes ?? 0));
  }

  private instantiate(pages: number): LoadedPolicy {
    const initial = Math.min(pages, this.maximum ?? MAX_PAGES);
    const policy = loadPolicySync(this.bundle.wasm, this.maximum === undefined ? { initial } : { initial, maximum: this.maximum });
    policy.setData({ ...this.bundle.data, ...this.runData });
    return policy;
  }

  static load(bundlePath?: string, runData: RunData = {}, options: EvaluatorOptions = {}): PolicyEvaluator {
    return new PolicyEvaluator(readBundle(bundlePath), runData, options);
  }

  /**
   * Evaluates one input document. Pass JSON bytes when there are some: the SDK copies them into
   * wasm memory as they are instead of re-serialising an object.
   */
  evaluate(document: Buffer | object): PolicyReport {
    const input = Buffer.isBuffer(document)
      ? document.buffer.slice(document.byteOffset, document.byteOffset + document.byteLength)
      : document;
    // The catalogue depends on the bundle and the run data only: read once, not with every document.
    const report = this.query<Omit<PolicyReport, "catalogue">>(ENGINE_ENTRYPOINT, input);
    return { catalogue: this.catalogueOnce(), ...report };
  }

  private catalogueOfRun: Record<string, ControlMetadata> | undefined;

  /** The catalogue govguard/report would carry, read once per evaluator. */
  catalogueOnce(): Record<string, ControlMetadata> {
    return (this.catalogueOfRun ??= this.catalogue());
  }

  /**
   * The SDK's ABI 1.2 evaluation, reading the result's address as unsigned: wasm addresses above
   * 2 GiB come back from opa_eval as negative JavaScript numbers, which the SDK (1.10) then fails
   * to read ("Start offset … is outside the bounds of the buffer") on plans of about 100,000
   * resources.
   */
  private evaluateBytes(input: Uint8Array, entrypoint: string): unknown {
    this.prepareFor(input.byteLength);
    const p = this.policy as unknown as PolicyInternals;
    if (p.minorVersion < 2 || !(entrypoint in p.entrypoints)) return this.policy.evaluate(input.buffer, entrypoint);
    const inputAddr = p.dataHeapPtr >>> 0;
    const shortfall = inputAddr + input.byteLength - p.mem.buffer.byteLength;
    if (shortfall > 0) p.mem.grow(Math.ceil(shortfall / PAGE));
    new Uint8Array(p.mem.buffer).set(input, inputAddr);
    const result = p.wasmInstance.exports.opa_eval(0, p.entrypoints[entrypoint], p.dataAddr, inputAddr, input.byteLength, inputAddr + input.byteLength, 0) >>> 0;
    const memory = new Uint8Array(p.mem.buffer);
    const end = memory.indexOf(0, result);
    return JSON.parse(new TextDecoder().decode(memory.subarray(result, end === -1 ? memory.length : end)));
  }

  /**
   * Writes zeros over `length` bytes of the wasm memory the next evaluation will use, from `offset`
   * past the data (where the input is copied and the heap grows), and returns how many it wrote.
   * The first write to a page makes the kernel back it; done by an idle thread while another reads
   * the input, the evaluation finds its memory ready. Nothing lives there between evaluations.
   */
  prefault(offset: number, length: number): number {
    const p = this.policy as unknown as PolicyInternals;
    const memory = new Uint8Array(p.mem.buffer);
    const start = Math.min(memory.length, (p.dataHeapPtr >>> 0) + offset);
    const end = Math.min(memory.length, start + length);
    memory.fill(0, start, end);
    return end - start;
  }

  /**
   * Evaluates `entrypoint` on a JSON document: its result set and the bytes of wasm heap the
   * evaluation took. OPA's runtime frees nothing until an evaluation ends, so that is every value
   * it built, the document's included (scripts/heap-by-rule.ts).
   */
  heapUsedBy(entrypoint: string, document: Buffer): { bytes: number; result: unknown } {
    const result = this.evaluateBytes(new Uint8Array(document.buffer, document.byteOffset, document.byteLength), entrypoint);
    const p = this.policy as unknown as PolicyInternals;
    const exports = p.wasmInstance.exports as unknown as { opa_heap_ptr_get: () => number };
    return { bytes: (exports.opa_heap_ptr_get() >>> 0) - (p.dataHeapPtr >>> 0), result };
  }

  /** The size of the evaluator's wasm memory. */
  memoryBytes(): number {
    return (this.policy as unknown as PolicyInternals).mem.buffer.byteLength;
  }

  /** Loads the policy again with the memory a document of `bytes` is measured to need when it has
   * less: memory grown after the instance was made (OPA's allocator grows it a page at a time, and
   * growing it in one step from here did no better) made an evaluation many times slower, a 10 MB
   * part of a large plan 24 s against 0.64 s. Pages never touched cost no resident memory. */
  private prepareFor(bytes: number): void {
    const have = this.memoryBytes() / PAGE;
    const want = Math.min(initialPages(bytes), this.maximum ?? MAX_PAGES);
    if (want > have) this.policy = this.instantiate(want);
  }

  /** Every control's metadata, by control ID. */
  catalogue(): Record<string, ControlMetadata> {
    return this.query<Record<string, ControlMetadata>>(CATALOGUE_ENTRYPOINT, {});
  }

  /** The compliance matrix, one entry per article in order. */
  matrix(): MatrixEntry[] {
    return this.query<MatrixEntry[]>(MATRIX_ENTRYPOINT, {});
  }

  /** Every configuration parameter with its default, ordered by key. */
  parameters(): ParameterDoc[] {
    return this.query<ParameterDoc[]>(PARAMETERS_ENTRYPOINT, {}).sort((a, b) => a.key.localeCompare(b.key));
  }

  /** The answers to the parameter questions for this evaluator's configuration, as the bundle
   * returns them (govguard/about/facts; facts.ts checks and reads them). */
  facts(): unknown {
    return this.query<unknown>(FACTS_ENTRYPOINT, {});
  }

  /** Problems with the configuration and waivers this evaluator was given, each with its path. */
  configurationErrors(): PolicyError[] {
    return this.query<PolicyError[]>(CONFIGURATION_ERRORS_ENTRYPOINT, {});
  }

  private query<T>(entrypoint: string, input: ArrayBuffer | object): T {
    let results: { result: T }[];
    try {
      results = (input instanceof ArrayBuffer ? this.evaluateBytes(new Uint8Array(input), entrypoint) : this.policy.evaluate(input, entrypoint)) as { result: T }[];
    } catch (e: unknown) {
      // opa_abort throws a bare string, a missing builtin an object with a message.
      const detail = typeof e === "string" ? e : e instanceof Error ? e.message : JSON.stringify(e);
      throw new Error(`policy evaluation failed: ${detail}`);
    }
    if (results.length !== 1) throw new Error(`policy returned ${results.length} results for ${entrypoint}`);
    return results[0].result;
  }
}
