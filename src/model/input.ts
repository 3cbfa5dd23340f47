// What an input is, as every layer names it.

/** The shapes of JSON input govguard reads: a plan, CDKTF synth output, Terraform JSON configuration. */
export type JsonKind = "plan" | "cdktf" | "tfjson";

/** Every input shape: the JSON ones and a folder of .tf files. */
export type InputKind = JsonKind | "hcl";

/** A file as govguard read it for the run: what the assessment record certifies. */
export interface FileDigest {
  file: string;
  sha256: string;
  bytes: number;
}

/** Where a resource is written: a .tf file and line, or the JSON input and line. */
export interface Location {
  file: string;
  line: number;
}
