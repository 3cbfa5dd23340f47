// JUnit XML for GitLab, Jenkins and other CI test reports: one test suite per control, one test
// case per finding (a failure when it fails the gate, skipped when a waiver covers it), and one
// passing case for a control with no finding at all. In module mode a stack-scoped control, which
// the calling root answers, gets a skipped case carrying the run's module note instead. A suite's
// properties list the mode and the waivers of its control. Input goes through xmlText (escape-xml.ts).
import { Text } from "../model";
import { Chunks, joined, joinLines, Line } from "./chunks";
import { xmlText as x } from "./escape-xml";
import { inline, Lang, t } from "./lang";
import { baselineSummary, moduleNote, staleEntryText } from "./run-text";
import { untrustedEquals, untrustedJoin } from "./untrusted";
import { FindingView, renderer, ReportView, RunMode, WaiverView } from "./view";

function testcase(f: FindingView, lang: Lang): string {
  const attrs = `classname="govguard.${x(f.control)}" name="${x(f.resource)}" file="${x(f.location.file)}" line="${f.location.line}"`;
  const detail = [
    x(inline(f.title, lang)),
    `${x(inline({ zh: "问题", en: "Problem" }, lang))}: ${x(inline(f.message, lang))}`,
    `${x(inline({ zh: "修复", en: "Fix" }, lang))}: ${x(inline(f.remediation, lang))}`,
    `${x(inline({ zh: "位置", en: "Location" }, lang))}: ${x(f.location.file)}:${f.location.line}`,
  ].join("\n");
  if (f.baselined) {
    return `    <testcase ${attrs}>\n      <skipped message="${x(inline(t("基线中已有的违规", "in the baseline"), lang))}"/>\n      <system-out>${detail}</system-out>\n    </testcase>`;
  }
  if (f.waiver?.status === "active") {
    return `    <testcase ${attrs}>\n      <skipped message="${x(untrustedJoin`waived: ${f.waiver.reason}`)}"/>\n      <system-out>${detail}</system-out>\n    </testcase>`;
  }
  if (!f.failing) {
    return `    <testcase ${attrs}>\n      <system-out>below --fail-on\n${detail}</system-out>\n    </testcase>`;
  }
  return `    <testcase ${attrs}>\n      <failure type="${f.severity}" message="${x(inline(f.message, lang))}">${detail}</failure>\n    </testcase>`;
}

/** A stack-scoped control in module mode: the part the calling root must provide, with the run's note. */
function leftToCallerCase(control: string, note: Text, lang: Lang): string {
  const name = x(inline(t("由调用本模块的根模块负责", "left to the calling root module"), lang));
  return `    <testcase classname="govguard.${x(control)}" name="${name}">\n      <skipped message="${x(inline(note, lang))}"/>\n    </testcase>`;
}

function properties(waivers: WaiverView[], lang: Lang, mode: RunMode): string {
  const property = (w: WaiverView, key: string, value: string): string => `      <property name="waivers[${w.index}].${key}" value="${value}"/>`;
  // root or module: how the run judged its inputs (--module).
  const list = [
    `      <property name="mode" value="${mode}"/>`,
    ...waivers.flatMap((w) => [
    property(w, "resource", x(w.resource)),
    property(w, "reason", x(w.reason)),
    property(w, "owner", x(w.owner)),
    property(w, "expires", x(w.expires)),
    property(w, "status", w.status),
    property(w, "findings", String(w.findings)),
    ...w.warnings.map((warning, i) => property(w, `warnings[${i}]`, x(inline(warning, lang)))),
    ]),
  ];
  return `    <properties>\n${list.join("\n")}\n    </properties>\n`;
}

/** With a baseline: one suite saying what it accepted, a passing case per entry that can be removed. */
function baselineSuite(view: ReportView, lang: Lang): { xml: string; tests: number } | undefined {
  const b = view.baseline;
  if (b === undefined) return undefined;
  const cases =
    b.stale.length > 0
      ? b.stale.map(
          (e) =>
            `    <testcase classname="govguard.baseline" name="${x(inline(t("可从基线删除", "can be removed from the baseline"), lang))}: ${x(e.control)} ${x(e.resource)}">\n      <system-out>${x(inline(staleEntryText(e), lang))}</system-out>\n    </testcase>`,
        )
      : [`    <testcase classname="govguard.baseline" name="${x(inline(t("所有基线条目均仍匹配", "every baseline entry still matches"), lang))}"/>`];
  const props = [
    `      <property name="baseline.file" value="${x(b.file)}"/>`,
    `      <property name="baseline.suppressed" value="${b.suppressed}"/>`,
    `      <property name="baseline.stale" value="${b.stale.length}"/>`,
    `      <property name="baseline.summary" value="${x(inline(baselineSummary(b), lang))}"/>`,
  ];
  return {
    xml: `  <testsuite name="govguard.baseline" tests="${cases.length}" failures="0" errors="0" skipped="0">\n    <properties>\n${props.join("\n")}\n    </properties>\n${cases.join("\n")}\n  </testsuite>`,
    tests: cases.length,
  };
}

/** The document, each suite's cases produced when reached (chunks.ts): the counts come first, from a pass that builds no case. */
function junitPieces(view: ReportView, lang: Lang = "both"): Chunks {
  const suites: Line[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const byControl = view.findings.groupBy((f) => f.control);
  const none = view.findings.filter(() => false);
  for (const control of view.controls) {
    const findings = byControl.get(control.id) ?? none;
    const leftToCaller = view.mode === "module" && control.scope === "stack";
    // Not judged here, so never "no findings": a dashboard shows a case without <skipped> as passed.
    const extra = leftToCaller || findings.length === 0 ? 1 : 0;
    const cases = findings.length + extra;
    const suiteFailures = findings.count((f) => f.failing);
    const suiteSkipped = findings.count((f) => f.waiver?.status === "active" || f.baselined === true) + (leftToCaller ? 1 : 0);
    tests += cases;
    failures += suiteFailures;
    skipped += suiteSkipped;
    const waivers = view.waivers.filter((w) => untrustedEquals(w.control, control.id));
    suites.push(function* suite(): Generator<string> {
      // properties() ends with a newline, which the line after it brings.
      yield `  <testsuite name="${x(`${control.id} ${inline(control.title, lang)}`)}" tests="${cases}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${properties(waivers, lang, view.mode).slice(0, -1)}`;
      for (const f of findings) yield testcase(f, lang);
      if (leftToCaller) yield leftToCallerCase(control.id, moduleNote(view), lang);
      else if (findings.length === 0) yield `    <testcase classname="govguard.${x(control.id)}" name="${x(inline({ zh: "无违规", en: "no findings" }, lang))}"/>`;
      yield "  </testsuite>";
    });
  }
  const baseline = baselineSuite(view, lang);
  if (baseline !== undefined) {
    suites.push(baseline.xml);
    tests += baseline.tests;
  }
  return joinLines(['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="govguard" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`, ...suites, "</testsuites>", ""]);
}

export const junitChunks = renderer(junitPieces);

export const renderJunit = renderer((view, lang: Lang = "both"): string => joined(junitPieces(view, lang)));
