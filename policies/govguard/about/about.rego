# METADATA
# description: |
#   What the bundle knows about itself, for the CLI (rules, explain, matrix), the generated
#   docs/controls.md and configuration checks: the controls, the articles (matrix.rego) and the
#   parameters. Each is an input-free entrypoint of the wasm build.
package govguard.about

import data.govguard.lib.classification
import data.govguard.lib.params
import data.govguard.lib.resources
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

# METADATA
# description: |
#   What the constructs build with, as the policy itself computes it from data.govguard_config and
#   lib, so that no second copy lives in TypeScript: the data-bearing types (deprecated aliases
#   included), the ports, the allowed regions and the deprecated aliases. Needs no input.
# entrypoint: true
facts := {
	"data_bearing_types": sort(with_aliases(classification.data_bearing_types)),
	"public_ports": [port | some port in params.effective.public.ports],
	"admin_ports": [port | some port in params.effective.admin.ports],
	"allowed_regions": sort(params.allowed_regions),
	"platform": params.effective.cloud.platform,
	"platform_regions": sort([region | some region in object.get(params.platforms, [params.effective.cloud.platform, "regions"], [])]),
	"aliases": resources.aliases,
}

# The types and every deprecated name the policy reads as one of them.
with_aliases(types) := {type | some type in types} | {alias | some alias, type in resources.aliases; type in types}

# METADATA
# description: |
#   What a partitioned evaluation of a large plan must keep together, as the libs that relate
#   resources declare it: literal-name joins (a child's attributes naming a parent of another
#   module), hub types every part holds (stack-wide reads, account-wide settings), witness types
#   of which every part holds the first (read only for whether the stack has one), sibling types
#   (a resource of one is judged with the others of its type naming the same parent), companion
#   types by hub type (a hub judged against every resource of them: the part owning the hub holds
#   them all), and the deprecated aliases rules read types as. Needs no input.
# entrypoint: true
joins := {
	"names": [join | some join in declared_joins],
	"hubs": sort(declared_hubs),
	"witnesses": sort(declared_witnesses),
	"siblings": sort(declared_siblings),
	"companions": {hub: sort(companions_of(hub)) | some hub in companion_hubs},
	"aliases": resources.aliases,
}

declared_joins contains join if {
	some name
	join := data.govguard.lib[name].joins[_]
}

declared_hubs contains type if {
	some name
	type := data.govguard.lib[name].hubs[_]
}

declared_witnesses contains type if {
	some name
	type := data.govguard.lib[name].witnesses[_]
}

# Declared by the control that reads them (the rule knows what it compares) or by a lib.
declared_siblings contains type if {
	some id
	type := data.govguard.controls[id].siblings[_]
}

declared_siblings contains type if {
	some name
	type := data.govguard.lib[name].siblings[_]
}

# Declared by the control that judges the hub against them, or by a lib.
companion_hubs contains hub if {
	some hub
	data.govguard.controls[_].companions[hub]
}

companion_hubs contains hub if {
	some hub
	data.govguard.lib[_].companions[hub]
}

companions_of(hub) := {type | type := data.govguard.controls[_].companions[hub][_]} | {type | type := data.govguard.lib[_].companions[hub][_]}
