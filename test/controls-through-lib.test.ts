// Every control reads its input only through lib (the resource model, providers, parameters): none
// reads `input` or `data` beyond data.govguard.lib, nor the libs that parse the raw input shapes.
import * as fs from "node:fs";
import * as path from "node:path";

const controls = path.join(__dirname, "..", "policies", "govguard", "controls");
// The libs that read the raw plan or configuration document; a control reads what they build.
const RAW_SHAPE_LIBS = new Set(["document", "config", "plan", "instances", "variables"]);

function ruleFiles(): [string, string][] {
  return fs
    .readdirSync(controls)
    .sort()
    .filter((id) => fs.existsSync(path.join(controls, id, `${id}.rego`)))
    .map((id) => [id, fs.readFileSync(path.join(controls, id, `${id}.rego`), "utf8")]);
}

/** The Rego without comments and string literals, where a reference can hide in neither. */
function code(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""').replace(/#.*$/, ""))
    .join("\n");
}

test("the controls are found", () => {
  expect(ruleFiles().length).toBeGreaterThanOrEqual(44);
});

test.each(ruleFiles())("%s reads only through lib", (_id, text) => {
  const body = code(text);
  expect(body).not.toMatch(/\binput\b/);
  const imports = [...body.matchAll(/^import\s+(\S+)/gm)].map((m) => m[1]);
  for (const imported of imports) {
    expect(imported).toMatch(/^data\.govguard\.lib\.[a-z_]+$/);
    expect(RAW_SHAPE_LIBS.has(imported.split(".")[3])).toBe(false);
  }
  expect(body.replace(/^import.*$/gm, "")).not.toMatch(/(?<![\w.])data\.(?!govguard\.lib\.)/);
});
