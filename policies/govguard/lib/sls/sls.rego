# METADATA
# description: |
#   SLS projects and log stores. alicloud_log_store names its project and itself with
#   project_name / logstore_name, or the deprecated project / name pair; both are read.
package govguard.lib.sls

import data.govguard.lib.fields
import data.govguard.lib.index
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.resources

min_days := params.effective.logs.min_retention_days

stores := resources.of_type("alicloud_log_store")

# The project's name: written literally, or through a reference to the project resource.
project_of(store) := fields.known(store, "project_name") if {
	is_string(fields.known(store, "project_name"))
} else := fields.known(store, "project") if {
	is_string(fields.known(store, "project"))
} else := project_name(project) if {
	some project in links.parents_of("log_store_project", store)
}

name_of(store) := fields.known(store, "logstore_name") if {
	is_string(fields.known(store, "logstore_name"))
} else := fields.known(store, "name")

project_name(project) := fields.known(project, "project_name") if {
	is_string(fields.known(project, "project_name"))
} else := fields.known(project, "name")

# Log store positions by "<project>|<store>", for names known before apply.
by_name := index.unique([{"key": concat("|", [project_of(store), name_of(store)]), "position": store.position} |
	some store in stores
	is_string(project_of(store))
	is_string(name_of(store))
])

# Literal-name joins besides lib/links' (govguard/about/joins): by_name's "<project>|<store>" keys,
# which flow logs name (A20.8), and the project a trail's sls_project_arn names (A20.2). A list
# of attributes is read as project_of and name_of read them: the first that holds a name.
joins contains {"namespace": "alicloud_log_store", "type": "alicloud_log_store", "attributes": [["project_name", "project"], ["logstore_name", "name"]], "named": true}

joins contains {"namespace": "alicloud_log_store", "type": "alicloud_vpc_flow_log", "attributes": ["project_name", "log_store_name"]}

joins contains {"namespace": "alicloud_log_project", "type": "alicloud_actiontrail_trail", "attributes": ["sls_project_arn"], "pattern": `:(?:project/)?([^:]*)$`}

# Account-wide: A20.4 reads the log audit service for every CLB, so a part of a plan needs it
# wherever it is.
hubs contains "alicloud_log_audit"

# Projects defined in the stack, by name.
projects := {project_name(project) | some project in resources.of_type("alicloud_log_project"); is_string(project_name(project))}

# Log stores of each project the stack defines (few projects, so one pass per project).
# Every log store with the name of its project, computed once. Grouping them by project here would
# compare every project with every store (quadratic in wasm, which has no comprehension index);
# a caller asks for the few projects it needs with stores_in.
placed := [{"project": project_of(store), "store": store} | some store in stores]

stores_in(placements, project) := [entry.store | some entry in placements; entry.project == project]

# retention_period reaches the minimum (unset means the provider default of 30 days).
keeps_a_year(store) if fields.number(fields.get(store, "retention_period")) >= min_days
