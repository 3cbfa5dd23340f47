// Strings in a configuration body are HCL templates: "${" and "%{" open an interpolation or a
// directive, "$${" and "%%{" are the literal "${" and "%{". Values Terraform takes literally (a
// *.tfvars.json value, a JSON variable default, a JSON module source) are escaped into that form,
// so every string a consumer sees means the same thing.

/** The template whose value is exactly `text`. */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** A value (JSON-like, null-prototype objects) with every string and object key escaped. */
export function escapeTemplates(value: unknown): unknown {
  if (typeof value === "string") return escapeTemplate(value);
  if (Array.isArray(value)) return value.map(escapeTemplates);
  if (typeof value === "object" && value !== null) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[escapeTemplate(key)] = escapeTemplates((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The literal text of a template with no interpolation or directive, else undefined. */
export function literalTemplate(template: string): string | undefined {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === "$" || c === "%") && template[i + 1] === "{") return undefined;
    if ((c === "$" || c === "%") && template[i + 1] === c && template[i + 2] === "{") {
      out += `${c}{`;
      i += 2;
    } else out += c;
  }
  return out;
}
