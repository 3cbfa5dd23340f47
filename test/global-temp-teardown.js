// Removes the folder test/global-temp.js made for the run's temporary files.
const fs = require("node:fs");

module.exports = async function globalTempTeardown() {
  const dir = process.env.GOVGUARD_JEST_TMPDIR;
  if (dir !== undefined && dir !== "") fs.rmSync(dir, { recursive: true, force: true });
};
