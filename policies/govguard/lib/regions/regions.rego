# METADATA
# description: |
#   Regions as attributes name them: region IDs, OSS locations (oss-cn-shanghai), service ARNs
#   (acs:log:cn-hangzhou:123:project/x), and the region a referenced resource lives in.
package govguard.lib.regions

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.provider
import data.govguard.lib.resources

allowed(region) if region in params.allowed_regions

# "oss-cn-shanghai" -> "cn-shanghai"; a bare region ID stays as it is.
from_oss_location(location) := trim_prefix(location, "oss-")

# "acs:log:cn-hangzhou:123:project/x" -> "cn-hangzhou".
from_arn(arn) := parts[2] if {
	parts := split(arn, ":")
	count(parts) >= 4
}

# A destination region as a value source, in the form `format` ("id", "oss" or "arn"); when the
# value is only known after apply but refers to a resource of the stack, that resource's region.
destination(resource, entity, attr, format) := {"status": "known", "value": region} if {
	source := fields.get(entity, attr)
	source.status == "known"
	is_string(source.value)
	region := convert(source.value, format)
} else := region_of_reference(resource, attr) if {
	fields.get(entity, attr).status == "unresolved"
	region_of_reference(resource, attr)
} else := fields.get(entity, attr)

convert(value, "id") := value

convert(value, "oss") := from_oss_location(value)

convert(value, "arn") := from_arn(value)

# The region of the first resource of the stack an attribute refers to, as a value source.
region_of_reference(resource, attr) := region if {
	some reference in links.references(resource, attr)
	some address in links.candidate_addresses(resource, reference)
	target := resources.list[resources.by_address[address]]
	region := provider.region_of(target)
	region.status == "known"
}

# A region as findings show it.
shown(source) := fields.display(source) if {
	source.status == "known"
} else := concat("", ["(", object.get(source, "expression", "not set"), ")"])
