// The terminal report: findings grouped by article, each with its control, resource, problem and
// fix in Chinese and English, then a one-line verdict.
import { CheckResult, Finding } from "../check";
import { Severity } from "../engine/types";

export const SEVERITY_ZH: Record<Severity, string> = { critical: "严重", high: "高", medium: "中", low: "低" };

function findingLines(f: Finding): string[] {
  return [
    `  ✗ ${f.control} [${SEVERITY_ZH[f.severity]} ${f.severity}] ${f.resource}  (${f.file})`,
    `    ${f.title.zh}`,
    `    ${f.title.en}`,
    `    问题：${f.message.zh}`,
    `    Problem: ${f.message.en}`,
    `    修复：${f.remediation.zh}`,
    `    Fix: ${f.remediation.en}`,
  ];
}

export function renderText(result: CheckResult): string {
  const lines: string[] = [];
  for (const note of result.notes) lines.push(`! ${note.zh}`, `! ${note.en}`);
  for (const input of result.inputs) {
    for (const note of input.notes) lines.push(`! ${input.file}: ${note.zh}`, `! ${input.file}: ${note.en}`);
  }
  let article = -1;
  for (const f of result.findings) {
    if (f.article !== article) {
      article = f.article;
      lines.push("", `第${article}条 / Article ${article}`);
    }
    lines.push(...findingLines(f));
  }
  const s = result.summary;
  const counts = (Object.keys(s.by_severity) as Severity[])
    .filter((k) => s.by_severity[k] > 0)
    .map((k) => `${SEVERITY_ZH[k]} ${k} ${s.by_severity[k]}`)
    .join(", ");
  lines.push(
    "",
    s.passed
      ? `结果：通过，${s.inputs} 个输入，无违规 / Result: PASSED, ${s.inputs} input(s), no findings`
      : `结果：未通过，${s.inputs} 个输入，${s.findings} 项违规（${counts}）/ Result: FAILED, ${s.inputs} input(s), ${s.findings} finding(s) (${counts})`,
  );
  return lines.join("\n").replace(/^\n/, "") + "\n";
}
