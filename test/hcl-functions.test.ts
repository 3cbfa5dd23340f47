// The two HCL calls the .tf reader turns into JSON for the bundle (src/inputs/hcl-functions.ts).
import { expandFunctions } from "../src/inputs/hcl-functions";

test("jsonencode and toset arguments become JSON the bundle can resolve", async () => {
  const policy = '${jsonencode({\n  Version = "1"\n  Statement = [{ Effect = "Deny", Resource = ["acs:oss:*:*:${local.bucket}"] }]\n})}';
  expect(await expandFunctions({ policy, for_each: '${toset(["a", "b"])}' })).toEqual({
    policy: { govguard_jsonencode: { Version: "1", Statement: [{ Effect: "Deny", Resource: ["acs:oss:*:*:${local.bucket}"] }] } },
    for_each: { govguard_toset: ["a", "b"] },
  });
});

test("other expressions, and arguments that do not parse, stay as written", async () => {
  const values = ["${var.x}", "${jsonencode(var.policy)}", "${toset(var.names)}", "${jsonencode({ broken = })}", "plain"];
  const expanded = (await expandFunctions(values)) as unknown[];
  expect(expanded[0]).toBe("${var.x}");
  expect(expanded[1]).toEqual({ govguard_jsonencode: "${var.policy}" });
  expect(expanded[2]).toBe("${toset(var.names)}");
  expect(expanded.slice(3)).toEqual(["${jsonencode({ broken = })}", "plain"]);
});
