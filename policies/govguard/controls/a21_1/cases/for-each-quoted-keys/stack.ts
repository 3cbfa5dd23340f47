import { TerraformIterator, TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  // Keys and values holding quotes, backslashes, "$${" and a newline stay values.
  const files = TerraformIterator.fromMap({
    'the "portal" files': { bucket: "gov-portal-files", level: "internal", note: "" },
    "C:\\archive\\": { bucket: "gov-portal-archive", level: "public", note: "" },
    "costs 100%": { bucket: "gov-portal-costs", level: 'secret "level"', note: "price $${x}\nper year" },
  });
  new OssBucket(stack, "files", {
    forEach: files,
    bucket: files.getString("bucket"),
    redundancyType: "ZRS",
    tags: { "data-classification": files.getString("level"), purpose: `files: ${files.key}`, note: files.getString("note") },
  });
}
