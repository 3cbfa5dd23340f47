// Red-team regressions: input a hostile author could use to make govguard's evaluation differ from
// Terraform's in the author's favour.
import * as fs from "node:fs";
import * as path from "node:path";
import { ev } from "./hcl-support";
import { runCli, tempDir } from "./helpers";

function stack(acl: string): string {
  return `provider "alicloud" { region = "cn-hangzhou" }
resource "alicloud_oss_bucket" "b" {
  bucket = "x"
  acl    = ${acl}
}
resource "alicloud_oss_bucket_public_access_block" "pab" {
  bucket              = alicloud_oss_bucket.b.bucket
  block_public_access = true
}
`;
}

function publicAclFound(acl: string): boolean {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, "main.tf"), stack(acl));
    const r = runCli(["check", dir, "--format", "text"], { cwd: tempDir() });
    expect([0, 1]).toContain(r.status);
    return /A22\.1 [^\n]*alicloud_oss_bucket\.b/.test(r.stdout) && r.stdout.includes("acl is public-read");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("lower, upper and title map rune by rune as Go does (Terraform's strings.ToLower/ToUpper/Title)", () => {
  test.each([
    ['lower("PUBLİC-READ")', "public-read"],
    ['upper("ß")', "ß"],
    ['upper("ﬁ")', "ﬁ"],
    ['upper("ᾳ")', "ᾼ"],
    ['upper("ᾀ")', "ᾈ"],
    ['lower("ΑΣ")', "ασ"],
    ['title("ǆemal ßx ა")', "ǅemal ßx ა"],
    ['upper("public-read")', "PUBLIC-READ"],
  ])("%s is %j", (expr, want) => {
    expect(ev(expr)).toBe(want);
  });

  test.each([
    ['lower("PUBLİC-READ")'],
    ['upper("ß") == "ß" ? "public-read" : "private"'],
    ['lower("ΑΣ") == "ασ" ? "public-read" : "private"'],
  ])("acl = %s is judged public, as Terraform deploys it", (acl) => {
    expect(publicAclFound(acl)).toBe(true);
  });
});
