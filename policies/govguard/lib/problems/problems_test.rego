package govguard.lib.problems_test

import data.govguard.lib.problems

test_problems_are_combined_in_attribute_order if {
	found := {
		{"attribute": "zone_id_slave_a", "message": {"zh": "乙", "en": "b"}},
		{"attribute": "category", "message": {"zh": "甲", "en": "a"}},
	}
	problems.combined(found) == {"attribute": "category, zone_id_slave_a", "message": {"zh": "甲；乙", "en": "a; b"}}
}

test_one_problem_is_itself if {
	problems.combined([{"attribute": "x", "message": {"zh": "甲", "en": "a"}}]) == {"attribute": "x", "message": {"zh": "甲", "en": "a"}}
}
