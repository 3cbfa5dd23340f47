// Resource configuration addresses ("type.name") by the configuration path of their module ("" in
// the root, "module.a.module.b"). Keyed in two levels, not by one "path|type.name" string: at
// 1,000,000 resources the joined keys, with the parsed type and name each one kept alive, held 115
// MiB of the main thread's live heap; a resource's "type.name" is a slice of the address it holds.
export class ConfigAddresses {
  private readonly byPath = new Map<string, Set<string>>();

  add(path: string, local: string): void {
    const locals = this.byPath.get(path);
    if (locals === undefined) this.byPath.set(path, new Set([local]));
    else locals.add(local);
  }

  has(path: string, local: string): boolean {
    return this.byPath.get(path)?.has(local) === true;
  }

  /** How many addresses each configuration path holds. */
  *counts(): Generator<[path: string, count: number]> {
    for (const [path, locals] of this.byPath) yield [path, locals.size];
  }
}
