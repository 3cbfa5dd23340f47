// Evaluates the compiled policy bundle in-process with @open-policy-agent/opa-wasm. One loaded
// policy is reused for every document: compiling and instantiating wasm per call is the classic
// slowdown.
import { loadPolicySync, LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { ENTRYPOINT, PolicyBundle, readBundle } from "./bundle";
import { PolicyReport } from "./types";

/** What the host supplies as `data` next to the bundle's own data. */
export interface RunData {
  /** Parameters from govguard.yaml; the bundle applies the catalogue's defaults to what is absent. */
  govguard_config?: Record<string, unknown>;
}

export class PolicyEvaluator {
  private readonly policy: LoadedPolicy;

  constructor(
    readonly bundle: PolicyBundle,
    runData: RunData = {},
  ) {
    this.policy = loadPolicySync(bundle.wasm);
    this.policy.setData({ ...bundle.data, ...runData });
  }

  static load(bundlePath?: string, runData: RunData = {}): PolicyEvaluator {
    return new PolicyEvaluator(readBundle(bundlePath), runData);
  }

  /**
   * Evaluates one input document. Pass the original bytes of a JSON file when there are some: the
   * SDK then copies them into wasm memory as they are instead of re-serialising the object.
   */
  evaluate(document: Buffer | object): PolicyReport {
    const input = Buffer.isBuffer(document)
      ? document.buffer.slice(document.byteOffset, document.byteOffset + document.byteLength)
      : document;
    let results: { result: PolicyReport }[];
    try {
      results = this.policy.evaluate(input, ENTRYPOINT) as { result: PolicyReport }[];
    } catch (e: unknown) {
      // opa_abort throws a bare string, a missing builtin an object with a message.
      const detail = typeof e === "string" ? e : e instanceof Error ? e.message : JSON.stringify(e);
      throw new Error(`policy evaluation failed: ${detail}`);
    }
    if (results.length !== 1) throw new Error(`policy returned ${results.length} results for ${ENTRYPOINT}`);
    return results[0].result;
  }
}
