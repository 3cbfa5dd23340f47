// Which files make up a Terraform module: its .tf and .tf.json files.
export function isModuleFile(name: string): boolean {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}
