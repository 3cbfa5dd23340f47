// Which files make up a Terraform module, as Terraform decides it (internal/configs,
// parser_file_matcher.go and parser_config_dir.go): its .tf and .tf.json files, except the names
// editors leave behind; override.tf, *_override.tf and their .tf.json forms are merged last.

/** Names Terraform skips: hidden (".x.tf"), vim backups ("x.tf~") and emacs autosaves ("#x.tf#").
 * Terraform does read a name that starts with "~", so govguard does too. */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}

/** A configuration file of a module (primary or override), given its name without a folder. */
export function isModuleFile(name: string): boolean {
  return !isIgnoredFile(name) && (name.endsWith(".tf") || name.endsWith(".tf.json"));
}

/** override.tf, x_override.tf, override.tf.json, x_override.tf.json. */
export function isOverrideFile(name: string): boolean {
  const base = name.endsWith(".tf.json") ? name.slice(0, -".tf.json".length) : name.endsWith(".tf") ? name.slice(0, -".tf".length) : undefined;
  return base !== undefined && (base === "override" || base.endsWith("_override"));
}

/** Variable files Terraform loads by itself, in its order (internal/command/arguments/vars.go):
 * terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) in name order. Terraform
 * skips no hidden names here, so neither does govguard. */
export function tfvarsFiles(names: readonly string[]): string[] {
  const sorted = [...names].sort();
  return [
    ...sorted.filter((n) => n === "terraform.tfvars"),
    ...sorted.filter((n) => n === "terraform.tfvars.json"),
    ...sorted.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")),
  ];
}
