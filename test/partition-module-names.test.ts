// The module call names and configuration path of a module instance address (partition/graph.ts),
// which the graph and every part's holdings ask for once per resource: remembered by address, so
// an answer must not change with what was asked before, nor after the memory is cleared.
import { moduleNames, modulePath } from "../src/engine/partition/graph";

const cases: [string, string[], string][] = [
  ["", [], ""],
  ["module.app", ["app"], "module.app"],
  ['module.app["a.b"].module.logs[0]', ["app", "logs"], "module.app.module.logs"],
  ['module.app["module.x"]', ["app"], "module.app"],
  ['module.app["q\\"module.y"].module.z', ["app", "z"], "module.app.module.z"],
];

describe("module instance addresses", () => {
  test.each(cases)("%s", (address, names, path) => {
    expect(moduleNames(address)).toEqual(names);
    expect(modulePath(address)).toBe(path);
    // Asked again: the same answer.
    expect(moduleNames(address)).toEqual(names);
    expect(modulePath(address)).toBe(path);
  });

  test("the answers are not the caller's to change", () => {
    const names = moduleNames("module.shared.module.inner");
    expect(() => (names as string[]).push("intruder")).toThrow(TypeError);
    expect(moduleNames("module.shared.module.inner")).toEqual(["shared", "inner"]);
  });

  test("an address too long to be remembered is answered each time", () => {
    const key = "k".repeat(100_000);
    for (let i = 0; i < 2; i++) {
      expect(moduleNames(`module.a["${key}"].module.b`)).toEqual(["a", "b"]);
      expect(modulePath(`module.a["${key}"].module.b`)).toBe("module.a.module.b");
    }
  });

  test("past the memory's size, every address still gets its own answer", () => {
    const count = 70_000;
    const wrong: string[] = [];
    for (let i = 0; i < count; i++) if (modulePath(`module.m${i}[${i}].module.n`) !== `module.m${i}.module.n`) wrong.push(String(i));
    expect(wrong).toEqual([]);
    for (const [address, names, path] of cases) {
      expect(moduleNames(address)).toEqual(names);
      expect(modulePath(address)).toBe(path);
    }
  });
});
