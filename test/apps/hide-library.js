// Preloaded (node -r) into a test app: the CDK library named by GOVGUARD_TEST_HIDE (cdktn or cdktf)
// cannot be found, as in a project that installed only the other one.
const Module = require("node:module");
const hidden = process.env.GOVGUARD_TEST_HIDE;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (hidden && (request === hidden || request.startsWith(`${hidden}/`))) {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = "MODULE_NOT_FOUND";
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
