package govguard.lib.index_test

import data.govguard.lib.index

test_unique_keys_map_to_their_positions if {
	index.unique([{"key": "a", "position": 0}, {"key": "b", "position": 1}]) == {"a": 0, "b": 1}
}

test_a_repeated_key_maps_to_its_first_position if {
	index.unique([{"key": "b", "position": 3}, {"key": "a", "position": 0}, {"key": "b", "position": 1}]) == {"a": 0, "b": 1}
}
