package govguard.lib.plan_test

import data.govguard.lib.plan

# The split reading of plain addresses gives what the pattern gives, on addresses built to tell
# them apart; test/rego-fast-paths.test.ts compares the two on 20,000 generated addresses.
test_module_path_splits_plain_addresses_as_the_pattern_reads_them if {
	every address in [
		"",
		"module.a",
		"module.a[0].module.b",
		"module.a[12].module.b[3].module.c",
		"module.module.module.x",
		"module.xmodule.module.b",
		"module.a[0.module.b",
		"module.a]",
		"module.a[x]",
		"module.a[0]x.module.b",
		"module.é.module.b",
	] {
		plan.module_path(address) == plan.module_path_by_pattern(address)
	}
	plan.module_path("module.a[0].module.b") == "module.a.module.b"
	plan.module_path("") == ""
}

test_module_path_leaves_other_addresses_to_the_pattern if {
	every address in [
		"module.a[xmodule.module.b",
		"module.a[0]module.module.b",
		"xmodule.a",
		".module.a",
		"module..module.b",
		"module.[0]",
		"module.a.b",
		"module.a.b.module.c",
	] {
		steps := split(address, ".")
		not plan.plain_steps(steps)
	}
	plan.module_path("module.a[xmodule.module.b") == "module.a.module.module"
	plan.module_path(`module.a["k.module.x"].module.b`) == "module.a.module.b"
}
