// The completeness check of `npm run gen:check` (scripts/check-controls.ts): every control folder
// holds bilingual metadata, opa tests, and compliant and non-compliant cases in each shape it
// applies to. The repository passes; a copy with one control stripped of each part names it.
import * as fs from "node:fs";
import * as path from "node:path";
import { controlProblems } from "../scripts/check-controls";
import { repo, tempDir } from "./helpers";

// scripts/tools.ts finds the tools from dist/scripts; run from source here, it is told where.
process.env.GOVGUARD_TOOLS_BIN ??= path.join(repo, ".tools", "bin");

test("every control of the repository is complete", () => {
  expect(controlProblems(repo)).toEqual([]);
});

describe("a control missing a part is named with what it lacks", () => {
  let copy: string;
  const control = (...parts: string[]): string => path.join(copy, "policies", "govguard", "controls", ...parts);

  beforeAll(() => {
    copy = tempDir("govguard-check-controls-");
    fs.cpSync(path.join(repo, "policies"), path.join(copy, "policies"), { recursive: true });
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  test("metadata, tests, cases and shapes", () => {
    // A30.3: its English title emptied, a decision without Chinese.
    const rule = control("a30_3", "a30_3.rego");
    const text = fs.readFileSync(rule, "utf8");
    const title = /"title": \{\s*"zh": "([^"]*)",\s*"en": "([^"]*)",?\s*\}/.exec(text);
    expect(title).not.toBeNull();
    const decision = /\{\s*"zh": "([^"]*)",\s*"en": "([^"]*)",?\s*\}/g;
    const decisionsAt = text.indexOf('"decisions"');
    decision.lastIndex = decisionsAt;
    const first = decision.exec(text) as RegExpExecArray;
    let edited = text.slice(0, first.index) + first[0].replace(`"${first[1]}"`, '"only English here"') + text.slice(first.index + first[0].length);
    edited = edited.replace(`"en": "${(title as RegExpExecArray)[2]}"`, '"en": ""');
    fs.writeFileSync(rule, edited);
    // A26.2: no opa tests.
    fs.rmSync(control("a26_2", "a26_2_test.rego"));
    // A20.7: its only compliant CDKTF case removed.
    fs.rmSync(control("a20_7", "cases", "cdktf-compliant"), { recursive: true });
    // A12.1 applies to plans only: its shapes declaration removed, it needs .tf and CDKTF cases that fail.
    const a121 = control("a12_1", "a12_1.rego");
    fs.writeFileSync(a121, fs.readFileSync(a121, "utf8").replace(/\n\t"shapes": \["plan"\],/, ""));
    // A36.1: a case whose plan is missing and whose expected.json is about another control.
    fs.rmSync(control("a36_1", "cases", "no-alarms", "plan.json"));
    const expectedFile = control("a36_1", "cases", "compliant", "expected.json");
    fs.writeFileSync(expectedFile, fs.readFileSync(expectedFile, "utf8").replace('"controls": ["A36.1"]', '"controls": ["A20.1"]'));

    const problems = controlProblems(copy);
    expect(problems).toEqual(
      expect.arrayContaining([
        "A30.3 (policies/govguard/controls/a30_3): metadata.title.en is empty",
        "A30.3 (policies/govguard/controls/a30_3): metadata.decisions[0].zh has no Chinese",
        "A26.2 (policies/govguard/controls/a26_2): no opa tests (a a26_2_test.rego in package govguard.controls.a26_2_test with a test_ rule)",
        "A20.7 (policies/govguard/controls/a20_7): no compliant case in the cdktf shape (cases/<case>/stack.ts)",
        "A12.1 (policies/govguard/controls/a12_1): no non-compliant case in the tf shape (cases/<case>/main.tf)",
        "A12.1 (policies/govguard/controls/a12_1): no non-compliant case in the cdktf shape (cases/<case>/stack.ts)",
        "A36.1 (policies/govguard/controls/a36_1): case cases/no-alarms has main.tf but no plan.json (scripts/plan-fixtures.sh)",
        "A36.1 (policies/govguard/controls/a36_1): case cases/compliant is not about A36.1 (expected.json's controls)",
      ]),
    );
    expect(problems.filter((p) => !/^A(30\.3|26\.2|20\.7|12\.1|36\.1) /.test(p))).toEqual([]);
  });
});
