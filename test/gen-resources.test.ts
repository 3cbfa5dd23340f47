// provider/resources.txt is generated from the policy bundle (the controls' resources, lib/resources'
// aliases) and provider/extra-types.txt, which may not repeat what the bundle already names.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { renderResourceList, resourceList } from "../scripts/gen-resources";
import { PolicyEvaluator } from "../src/engine";

const repo = path.join(__dirname, "..");
const bundle = path.join(repo, "bundle", "govguard.tar.gz");
const extra = path.join(repo, "provider", "extra-types.txt");

function extraFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-extra-"));
  const file = path.join(dir, "extra-types.txt");
  fs.writeFileSync(file, text);
  return file;
}

test("every type a control names is listed, with the deprecated names and what they are read as", () => {
  const list = resourceList(bundle, extra);
  const named = Object.values(PolicyEvaluator.load(bundle).catalogue()).flatMap((c) => c.resources.filter((r) => r.startsWith("alicloud_")));
  for (const type of named) expect(list.named).toContain(type);
  expect(list.named).toContain("alicloud_elasticsearch_instance");
  expect(list.aliases).toEqual(expect.arrayContaining(["alicloud_slb", "alicloud_eip", "alicloud_eip_address"]));
  expect(fs.readFileSync(path.join(repo, "provider", "resources.txt"), "utf8")).toBe(renderResourceList(list));
});

test("the hand list may not repeat a type the bundle names", () => {
  expect(() => resourceList(bundle, extraFile("alicloud_vswitch\nalicloud_oss_bucket\n"))).toThrow(/alicloud_oss_bucket/);
  expect(() => resourceList(bundle, extraFile("alicloud_slb\n"))).toThrow(/alicloud_slb/);
  expect(resourceList(bundle, extraFile("# a comment\nalicloud_vswitch\n")).extra).toEqual(["alicloud_vswitch"]);
});
