"use strict";
// The CDK library govguard's constructs and the generated alicloud bindings build on: the
// application's own, CDK Terrain (`cdktn`) or CDKTF (`cdktf`), which the application installs (both
// are optional peer dependencies of govguard). Every govguard class extends that library's
// classes, so a stack or resource made by govguard synthesizes into the application's App like one
// the application made itself. Types come from cdktf's declarations (cdk.d.ts): cdktn keeps its API.
//
// Which one, first match wins:
//   1. GOVGUARD_CDK_LIBRARY=cdktn or cdktf;
//   2. the only one of the two that can be resolved from here;
//   3. with both installed, the one the application has already loaded (import it before govguard).
// Anything else is ambiguous and refused, rather than building a stack the App cannot see.
const LIBRARIES = ["cdktn", "cdktf"];
const VARIABLE = "GOVGUARD_CDK_LIBRARY";

function resolved(name) {
  try {
    return require.resolve(name);
  } catch {
    return undefined;
  }
}

function choose() {
  const wanted = process.env[VARIABLE];
  if (wanted !== undefined && wanted !== "") {
    if (!LIBRARIES.includes(wanted)) {
      throw new Error(`govguard: ${VARIABLE} 须为 cdktn 或 cdktf，而不是 ${JSON.stringify(wanted)} / ${VARIABLE} must be cdktn or cdktf, not ${JSON.stringify(wanted)}`);
    }
    return wanted;
  }
  const installed = LIBRARIES.filter((name) => resolved(name) !== undefined);
  if (installed.length === 0) {
    throw new Error("govguard/constructs 需要 CDK Terrain（npm install cdktn constructs）或 CDKTF（npm install cdktf constructs） / govguard/constructs needs CDK Terrain (npm install cdktn constructs) or CDKTF (npm install cdktf constructs)");
  }
  if (installed.length === 1) return installed[0];
  const inUse = installed.filter((name) => require.cache[resolved(name)] !== undefined);
  if (inUse.length === 1) return inUse[0];
  throw new Error(
    `govguard: cdktn 与 cdktf 都已安装，${inUse.length === 0 ? "应用尚未加载其中任何一个" : "且都已加载"}；请在导入 govguard 之前导入应用所用的库，或设置 ${VARIABLE}=cdktn|cdktf / ` +
      `both cdktn and cdktf are installed and ${inUse.length === 0 ? "the application has loaded neither yet" : "both are loaded"}: import your application's library before govguard, or set ${VARIABLE}=cdktn|cdktf`,
  );
}

const name = choose();
// The library itself, with its name beside it for the error that catches an App of the other one.
module.exports = Object.create(require(name), { govguardLibraryName: { value: name } });
