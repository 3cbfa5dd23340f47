// Values computed on first use, once. Locals, variables, resources and module outputs refer to
// each other in any order, so each is a Lazy; a value that (directly or not) needs itself is a
// cycle, which becomes an Unknown("unsupported") instead of a hang or a stack overflow.
import { ObjectValue, Unknown, Value } from "../hcl/value";

export class Lazy<T> {
  private state: "new" | "running" | "done" = "new";
  private result: T | undefined;

  constructor(
    private readonly compute: () => T,
    private readonly onCycle: () => T,
  ) {}

  get(): T {
    if (this.state === "done") return this.result as T;
    if (this.state === "running") return this.onCycle();
    this.state = "running";
    try {
      this.result = this.compute();
      this.state = "done";
      return this.result;
    } catch (e: unknown) {
      // A CapError: the value is left to be recomputed, which refuses it again.
      this.state = "new";
      throw e;
    }
  }
}

export function lazyValue(compute: () => Value, what: string): Lazy<Value> {
  return new Lazy<Value>(compute, () => new Unknown("unsupported", `${what} refers to itself (a cycle)`));
}

/** A read-only map whose values are computed when first read. Keys are fixed and known up front. */
export class LazyMap implements ReadonlyMap<string, Value> {
  constructor(private readonly cells: ReadonlyMap<string, Lazy<Value>>) {}

  get size(): number {
    return this.cells.size;
  }
  has(key: string): boolean {
    return this.cells.has(key);
  }
  get(key: string): Value | undefined {
    return this.cells.get(key)?.get();
  }
  *keys(): MapIterator<string> {
    yield* this.cells.keys();
  }
  *values(): MapIterator<Value> {
    for (const cell of this.cells.values()) yield cell.get();
  }
  *entries(): MapIterator<[string, Value]> {
    for (const [key, cell] of this.cells) yield [key, cell.get()];
  }
  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
  forEach(callback: (value: Value, key: string, map: ReadonlyMap<string, Value>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

export function lazyObject(cells: ReadonlyMap<string, Lazy<Value>>): ObjectValue {
  return new ObjectValue(new LazyMap(cells));
}
