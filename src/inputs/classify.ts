// Tells what a parsed JSON document is, and says precisely what is wrong when it is not one of
// the inputs govguard judges. This is the one authority on an input's kind (docs/architecture.md):
// the bundle's lib/document classifies again only for raw input (opa eval, conftest), by the same
// rule, and test/input-kind.test.ts keeps the two equal.
import { isObject, JsonKind, Text } from "../model";


export type Classification = { kind: JsonKind } | { problem: Text };

const CONFIG_KEYS = ["resource", "data", "provider", "variable", "module", "terraform", "locals", "output"];

const SHOW_PLAN = "terraform plan -out=tfplan && terraform show -json tfplan > plan.json";

export function classifyJson(value: unknown): Classification {
  if (!isObject(value)) {
    return {
      problem: {
        zh: "不是 JSON 对象，不可能是 Terraform 计划或配置",
        en: "is not a JSON object, so it is neither a Terraform plan nor a Terraform configuration",
      },
    };
  }
  const has = (key: string): boolean => Object.hasOwn(value, key);
  if (typeof value.lineage === "string" && has("serial") && (has("resources") || has("modules"))) {
    return {
      problem: {
        zh: `这是 Terraform 状态文件，不是计划；请运行 ${SHOW_PLAN}`,
        en: `is a Terraform state file, not a plan; run ${SHOW_PLAN}`,
      },
    };
  }
  // The section src/evaluate writes in the plan it makes from configuration: the bundle trusts it
  // (lib/document's flavour, lib/mode), so a file that carries one is not taken at its word.
  if (has("govguard_input")) {
    return {
      problem: {
        zh: "带有 govguard_input 部分，这是 govguard 由配置生成的待评估文档（govguard input 的输出），不是 Terraform 计划或配置；请把生成它的配置（.tf 目录、cdk.tf.json）交给 govguard，或使用 terraform show -json 生成的计划",
        en: "carries a govguard_input section, so it is the document govguard evaluates from configuration (the output of govguard input), not a Terraform plan or configuration; give govguard the configuration it came from (the .tf folder, cdk.tf.json), or the plan from terraform show -json",
      },
    };
  }
  // A plan is recognised by its content, so a hand-written plan without the version fields is one.
  if (has("planned_values") || has("resource_changes") || isObject(value.configuration)) return { kind: "plan" };
  if (typeof value.format_version === "string") {
    if (has("values")) {
      return {
        problem: {
          zh: `这是状态的 JSON（未带计划文件的 terraform show -json），不是计划；请运行 ${SHOW_PLAN}`,
          en: `is the JSON of a state (terraform show -json without a plan file), not of a plan; run ${SHOW_PLAN}`,
        },
      };
    }
    return { problem: { zh: "计划 JSON 中没有 planned_values、resource_changes 或 configuration", en: "is plan JSON with no planned_values, resource_changes or configuration" } };
  }
  if (typeof value["@level"] === "string" && typeof value["@message"] === "string") {
    return {
      problem: {
        zh: `这是 terraform 的 -json 日志输出，不是计划；请运行 ${SHOW_PLAN}`,
        en: `is terraform's -json log output, not a plan; run ${SHOW_PLAN}`,
      },
    };
  }
  if (CONFIG_KEYS.some((k) => isObject(value[k]) || Array.isArray(value[k]))) {
    const meta = value["//"];
    return { kind: isObject(meta) && isObject(meta.metadata) ? "cdktf" : "tfjson" };
  }
  return {
    problem: {
      zh: "不是 Terraform 计划 JSON（terraform show -json）或 Terraform JSON 配置（cdk.tf.json、*.tf.json）",
      en: "is neither Terraform plan JSON (terraform show -json) nor Terraform JSON configuration (cdk.tf.json, *.tf.json)",
    },
  };
}

/** Recognises inputs that are not JSON at all but are a common mistake. */
export function describeNonJson(bytes: Buffer): Text | undefined {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) {
    return {
      zh: "这是二进制计划文件（terraform plan -out 的输出）；请先运行 terraform show -json <计划文件> > plan.json",
      en: "is a binary plan file (from terraform plan -out); convert it first: terraform show -json <planfile> > plan.json",
    };
  }
  const head = bytes.subarray(0, 4096).toString("utf8").trimStart();
  if (/^\{"@level":/.test(head)) {
    return {
      zh: `这是 terraform 的 -json 日志流，不是计划；请运行 ${SHOW_PLAN}`,
      en: `is terraform's streamed -json log, not a plan; run ${SHOW_PLAN}`,
    };
  }
  return undefined;
}
