// JUnit XML for GitLab, Jenkins and other CI test reports: one test suite per control, one test
// case per finding (a failure when it fails the gate, skipped when a waiver covers it), and one
// passing case for a control with no finding at all. A suite's properties list the waivers of its
// control. Input goes through xmlText (escape-xml.ts).
import { xmlText as x } from "./escape-xml";
import { inline, Lang } from "./lang";
import { untrustedEquals, untrustedJoin } from "./untrusted";
import { FindingView, renderer, WaiverView } from "./view";

function testcase(f: FindingView, lang: Lang): string {
  const attrs = `classname="govguard.${x(f.control)}" name="${x(f.resource)}" file="${x(f.location.file)}" line="${f.location.line}"`;
  const detail = [
    x(inline(f.title, lang)),
    `${x(inline({ zh: "问题", en: "Problem" }, lang))}: ${x(inline(f.message, lang))}`,
    `${x(inline({ zh: "修复", en: "Fix" }, lang))}: ${x(inline(f.remediation, lang))}`,
    `${x(inline({ zh: "位置", en: "Location" }, lang))}: ${x(f.location.file)}:${f.location.line}`,
  ].join("\n");
  if (f.waiver?.status === "active") {
    return `    <testcase ${attrs}>\n      <skipped message="${x(untrustedJoin`waived: ${f.waiver.reason}`)}"/>\n      <system-out>${detail}</system-out>\n    </testcase>`;
  }
  if (!f.failing) {
    return `    <testcase ${attrs}>\n      <system-out>below --fail-on\n${detail}</system-out>\n    </testcase>`;
  }
  return `    <testcase ${attrs}>\n      <failure type="${f.severity}" message="${x(inline(f.message, lang))}">${detail}</failure>\n    </testcase>`;
}

function properties(waivers: WaiverView[], lang: Lang): string {
  if (waivers.length === 0) return "";
  const property = (w: WaiverView, key: string, value: string): string => `      <property name="waivers[${w.index}].${key}" value="${value}"/>`;
  const list = waivers.flatMap((w) => [
    property(w, "resource", x(w.resource)),
    property(w, "reason", x(w.reason)),
    property(w, "owner", x(w.owner)),
    property(w, "expires", x(w.expires)),
    property(w, "status", w.status),
    property(w, "findings", String(w.findings)),
    ...w.warnings.map((warning, i) => property(w, `warnings[${i}]`, x(inline(warning, lang)))),
  ]);
  return `    <properties>\n${list.join("\n")}\n    </properties>\n`;
}

export const renderJunit = renderer((view, lang: Lang = "both"): string => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const control of view.controls) {
    const findings = view.findings.filter((f) => f.control === control.id);
    const cases =
      findings.length > 0
        ? findings.map((f) => testcase(f, lang))
        : [`    <testcase classname="govguard.${x(control.id)}" name="${x(inline({ zh: "无违规", en: "no findings" }, lang))}"/>`];
    const suiteFailures = findings.filter((f) => f.failing).length;
    const suiteSkipped = findings.filter((f) => f.waiver?.status === "active").length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    const waivers = view.waivers.filter((w) => untrustedEquals(w.control, control.id));
    suites.push(
      `  <testsuite name="${x(`${control.id} ${inline(control.title, lang)}`)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${properties(waivers, lang)}${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="govguard" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
});
