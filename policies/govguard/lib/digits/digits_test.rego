package govguard.lib.digits_test

import data.govguard.lib.digits

test_integers_are_plain if {
	digits.text(30) == "30"
	digits.text(-2147483647) == "-2147483647"
	digits.text(3650.0) == "3650"
}

test_numbers_beyond_32_bits_do_not_abort if {
	digits.text(2147483648) == "2147483648"
	digits.text(1e308) == json.marshal(1e308)
}

test_fractions_are_marshalled if {
	digits.text(2.5) == "2.5"
}
