# METADATA
# description: |
#   What the bundle knows about itself, for the CLI (rules, explain, matrix), the generated
#   docs/controls.md and configuration checks: the controls, the articles (matrix.rego) and the
#   parameters. Each is an input-free entrypoint of the wasm build.
package govguard.about

import data.govguard.lib.params
import data.govguard.lib.waivers

# METADATA
# description: |
#   Every control's metadata by ID. (A copy of govguard.catalogue: opa 1.19's wasm build fails
#   to type-check a function that references an entrypoint, and govguard.full references
#   govguard.catalogue; no function references this one.)
# entrypoint: true
controls := {id: metadata | some id, metadata in catalogue}

catalogue := data.govguard.catalogue

# METADATA
# description: Every parameter of govguard.yaml with its default and what it means, by key.
# entrypoint: true
parameters := [{"key": key, "default": object.get(params.defaults, split(key, "."), null), "description": description, "schema": params.schema[key]} |
	some key, description in params.documentation
]

# METADATA
# description: Problems with data.govguard_config and data.govguard_waivers, each with its path; needs no input.
# entrypoint: true
configuration_errors := [e | some e in (params.errors | waivers.errors)]
