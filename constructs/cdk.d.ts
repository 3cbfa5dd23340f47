// The CDK library the application uses, cdktn or cdktf (cdk.js chooses at run time). cdktn keeps
// cdktf's API, so either's declarations describe govguard's classes: these re-export whichever the
// project has. Where only one is installed the other's line resolves to nothing; where both are,
// TypeScript keeps the first (cdktf's). Both need `skipLibCheck` (which CDK projects set), under which
// the missing module and the duplicate names are not reported.
export * from "cdktf";
export * from "cdktn";
/** "cdktn" or "cdktf": the library govguard's classes were built on in this process. */
export declare const govguardLibraryName: "cdktn" | "cdktf";
