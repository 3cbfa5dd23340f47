// JUnit XML for GitLab, Jenkins and other CI test reports: one test suite per control, one test
// case per finding (a failure when it fails the gate, skipped when a waiver covers it), and one
// passing case for a control with no finding at all.
import { CheckResult, Finding } from "../check";
import { inline, Lang } from "./lang";
import { displayPath } from "./paths";
import { escapeXml } from "./xml";

function testcase(f: Finding, lang: Lang): string {
  const where = `${displayPath(f.location.file)}:${f.location.line}`;
  const attrs = `classname="govguard.${escapeXml(f.control)}" name="${escapeXml(f.resource)}" file="${escapeXml(displayPath(f.location.file))}" line="${f.location.line}"`;
  const detail = [
    inline(f.title, lang),
    `${inline({ zh: "问题", en: "Problem" }, lang)}: ${inline(f.message, lang)}`,
    `${inline({ zh: "修复", en: "Fix" }, lang)}: ${inline(f.remediation, lang)}`,
    `${inline({ zh: "位置", en: "Location" }, lang)}: ${where}`,
  ].join("\n");
  if (f.waiver?.status === "active") {
    return `    <testcase ${attrs}>\n      <skipped message="${escapeXml(`waived: ${f.waiver.reason}`)}"/>\n      <system-out>${escapeXml(detail)}</system-out>\n    </testcase>`;
  }
  if (!f.failing) {
    return `    <testcase ${attrs}>\n      <system-out>${escapeXml(`below --fail-on\n${detail}`)}</system-out>\n    </testcase>`;
  }
  return `    <testcase ${attrs}>\n      <failure type="${f.severity}" message="${escapeXml(inline(f.message, lang))}">${escapeXml(detail)}</failure>\n    </testcase>`;
}

export function renderJunit(result: CheckResult, lang: Lang = "both"): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const control of result.controls) {
    const findings = result.findings.filter((f) => f.control === control.id);
    const cases =
      findings.length > 0
        ? findings.map((f) => testcase(f, lang))
        : [`    <testcase classname="govguard.${escapeXml(control.id)}" name="${escapeXml(inline({ zh: "无违规", en: "no findings" }, lang))}"/>`];
    const suiteFailures = findings.filter((f) => f.failing).length;
    const suiteSkipped = findings.filter((f) => f.waiver?.status === "active").length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${escapeXml(`${control.id} ${inline(control.title, lang)}`)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="govguard" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
