// Scopes that add names to another scope: each/count of an instance, a dynamic block's iterator.
import { Scope, Value } from "../hcl/value";

export class NamedScope implements Scope {
  constructor(
    private readonly parent: Scope,
    private readonly names: ReadonlyMap<string, Value>,
  ) {}
  lookup(root: string): Value | undefined {
    return this.names.has(root) ? this.names.get(root) : this.parent.lookup(root);
  }
}
