// `govguard input <path>`: prints the JSON document the gate evaluates for one input (for .tf,
// *.tf.json and cdk.tf.json, the plan govguard evaluates from the configuration), so that
// `opa eval -d bundle -i input.json data.govguard.report` and conftest judge exactly what
// `govguard check` judges.
import { parseArgs } from "node:util";
import { readDocuments } from "../engine";
import { InputError, UsageError } from "../errors";
import { planTextChunks } from "../inputs/plan-index";
import { Output } from "./check-command";
import { blocks } from "./write-output";

export async function runInput(args: string[], out: Output): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) {
    throw new UsageError({ zh: "input 需要且只接受一个路径", en: "input takes exactly one path" });
  }
  const target = positionals[0];
  const documents = await readDocuments([target]);
  if (documents.length !== 1) {
    throw new InputError(target, {
      zh: `包含 ${documents.length} 个输入文档（栈）；请传入其中一个的 cdk.tf.json`,
      en: `holds ${documents.length} input documents (stacks); pass one stack's cdk.tf.json`,
    });
  }
  const doc = documents[0];
  // A plan over 8 MiB is read as an index (its content is empty): printed a resource change at a time.
  const text: Iterable<string> = doc.indexed === undefined ? [doc.content.toString("utf8")] : planTextChunks(doc.indexed);
  for (const block of blocks(text)) {
    if (out.stdout(block) === false) await out.drained?.();
  }
  out.stdout("\n");
  return 0;
}
