// Every test's temporary files go under one folder made for the run and removed after it: tests,
// the CLIs they start and the libraries they drive (cdktf's Testing.app() makes a folder in the
// system's temporary directory for every stack and never removes it) all read TMPDIR, so no run
// leaves hundreds of folders behind (a full run left about 650 in /tmp).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async function globalTemp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-jest-"));
  process.env.GOVGUARD_JEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
};
