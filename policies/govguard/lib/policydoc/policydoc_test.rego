package govguard.lib.policydoc_test

import data.govguard.lib.policydoc

known(value) := {"status": "known", "value": value}

test_statements_and_their_parts if {
	document := policydoc.parse(known(`{"Statement": {"Effect": "Allow", "Principal": {"RAM": ["acs:ram::1:root", "*"]}, "Action": "oss:*", "Resource": ["a"], "Condition": {"Bool": {"acs:SecureTransport": "false"}}}}`))
	[statement] := policydoc.statements(document)
	policydoc.allows(statement)
	not policydoc.denies(statement)
	policydoc.principals(statement) == ["acs:ram::1:root", "*"]
	policydoc.actions(statement) == ["oss:*"]
	policydoc.resources(statement) == ["a"]
	policydoc.condition_values(statement, "ACS:SecureTransport") == ["false"]
	not policydoc.restricts_callers(statement)
}

test_source_network_and_caller_conditions_restrict if {
	policydoc.restricts_callers({"Condition": {"IpAddress": {"acs:SourceIp": ["10.0.0.0/8"]}}})
	policydoc.restricts_callers({"Condition": {"StringEquals": {"acs:SourceVpc": "vpc-1"}}})
	not policydoc.restricts_callers({"Condition": {"StringLike": {"acs:Referer": "*.gov.cn"}}})
}

test_documents_given_as_objects_and_strings if {
	policydoc.statements(policydoc.parse(known({"Statement": [{"Effect": "Deny"}]}))) == [{"Effect": "Deny"}]
	policydoc.principals({"Principal": "*"}) == ["*"]
	policydoc.statements({}) == []
}

test_invalid_or_unknown_documents_do_not_parse if {
	not policydoc.parse({"status": "known", "value": "{not json"})
	not policydoc.parse({"status": "known", "value": "[1, 2]"})
	not policydoc.parse({"status": "unresolved", "expression": "x"})
}
