// The model: the types and pure rules every layer shares (inputs, engine, reports, CLI, constructs).
// It imports nothing outside src/model.
export * from "./control";
export * from "./errors";
export * from "./input";
export * from "./json";
export * from "./report";
export * from "./result";
export * from "./text";
