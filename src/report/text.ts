// The terminal report: findings grouped by article, each with its control, resource, problem and
// fix, waived findings after them, then notes and a one-line verdict. Coloured on a terminal.
import { CheckResult, Finding } from "../check";
import { Severity, Text } from "../engine/types";
import { inline, Lang, lines, t } from "./lang";

export const SEVERITY_ZH: Record<Severity, string> = { critical: "严重", high: "高", medium: "中", low: "低" };

export function severityText(severity: Severity): Text {
  return { zh: SEVERITY_ZH[severity], en: severity };
}

export interface TextOptions {
  lang?: Lang;
  /** ANSI colours; the CLI decides (a terminal without NO_COLOR). */
  color?: boolean;
}

type Paint = (code: string, s: string) => string;

const COLOURS: Record<Severity, string> = { critical: "1;31", high: "31", medium: "33", low: "36" };

function labelled(lang: Lang, label: Text, text: Text, paint: Paint): string[] {
  const label_ = (l: "zh" | "en"): string => paint("2", l === "zh" ? `${label.zh}：` : `${label.en}: `);
  if (lang === "both") return [`    ${label_("zh")}${text.zh}`, `    ${label_("en")}${text.en}`];
  return [`    ${label_(lang)}${text[lang]}`];
}

function findingLines(f: Finding, lang: Lang, paint: Paint): string[] {
  const mark = f.failing ? paint("31", "✗") : paint("33", "~");
  const severity = paint(COLOURS[f.severity], `[${inline(severityText(f.severity), lang, " ")}]`);
  const out = [`  ${mark} ${paint("1", f.control)} ${severity} ${f.resource}  ${paint("2", `(${f.file})`)}`];
  for (const line of lines(f.title, lang)) out.push(`    ${line}`);
  out.push(...labelled(lang, t("问题", "Problem"), f.message, paint));
  out.push(...labelled(lang, t("修复", "Fix"), f.remediation, paint));
  if (f.waiver) {
    const status =
      f.waiver.status === "active"
        ? t(`已豁免（${f.waiver.owner || "未注明负责人"}${f.waiver.expires ? `，至 ${f.waiver.expires}` : ""}）`, `waived (${f.waiver.owner || "no owner given"}${f.waiver.expires ? `, until ${f.waiver.expires}` : ""})`)
        : t(`豁免已过期（${f.waiver.expires || "日期无法核实"}）`, `waiver expired (${f.waiver.expires || "date cannot be verified"})`);
    out.push(...labelled(lang, t("豁免", "Waiver"), { zh: `${status.zh}：${f.waiver.reason}`, en: `${status.en}: ${f.waiver.reason}` }, paint));
  }
  return out;
}

function grouped(findings: Finding[], lang: Lang, paint: Paint): string[] {
  const out: string[] = [];
  let article = -1;
  for (const f of findings) {
    if (f.article !== article) {
      article = f.article;
      out.push("", paint("1", inline(t(`第${article}条`, `Article ${article}`), lang)));
    }
    out.push(...findingLines(f, lang, paint));
  }
  return out;
}

export function verdictText(result: CheckResult): Text {
  const s = result.summary;
  const counts = (Object.keys(s.by_severity) as Severity[]).filter((k) => s.by_severity[k] > 0);
  const zhCounts = counts.map((k) => `${SEVERITY_ZH[k]} ${s.by_severity[k]}`).join("，");
  const enCounts = counts.map((k) => `${k} ${s.by_severity[k]}`).join(", ");
  const waived = s.waived > 0 ? { zh: `，已豁免 ${s.waived} 项`, en: `, ${s.waived} waived` } : { zh: "", en: "" };
  if (s.findings === 0) {
    return t(`结果：通过，${s.inputs} 个输入，无违规`, `Result: PASSED, ${s.inputs} input(s), no findings`);
  }
  const verdict = s.passed ? t("通过", "PASSED") : t("未通过", "FAILED");
  return t(
    `结果：${verdict.zh}，${s.inputs} 个输入，${s.findings} 项违规（${zhCounts}）${waived.zh}，${s.failing} 项不通过（阈值 ${SEVERITY_ZH[s.fail_on]}）`,
    `Result: ${verdict.en}, ${s.inputs} input(s), ${s.findings} finding(s) (${enCounts})${waived.en}, ${s.failing} failing (fail-on ${s.fail_on})`,
  );
}

export function renderText(result: CheckResult, options: TextOptions = {}): string {
  const lang = options.lang ?? "both";
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const out: string[] = [];
  for (const input of result.inputs) {
    for (const note of input.notes) out.push(...lines(note, lang).map((l) => paint("33", `! ${input.file}: ${l}`)));
  }
  const open = result.findings.filter((f) => f.waiver?.status !== "active");
  const waived = result.findings.filter((f) => f.waiver?.status === "active");
  out.push(...grouped(open, lang, paint));
  if (waived.length > 0) {
    out.push("", paint("1", inline(t(`已豁免的违规（${waived.length}）`, `Waived findings (${waived.length})`), lang)));
    out.push(...grouped(waived, lang, paint).filter((l) => l !== ""));
  }
  if (result.notes.length > 0) out.push("");
  for (const note of result.notes) out.push(...lines(note, lang).map((l) => paint("33", `! ${l}`)));
  const verdict = lines(verdictText(result), lang);
  out.push("", ...verdict.map((l) => paint(result.summary.passed ? "1;32" : "1;31", l)));
  return out.join("\n").replace(/^\n+/, "") + "\n";
}
