# METADATA
# description: |
#   govguard as an Atlantis policy set. Atlantis's policy_check step runs conftest on the plan
#   (`terraform show -json`, the $SHOWFILE) with the policy set's folder as the policy path; the
#   plan is the input document as it is. Atlantis's reference ("Conftest Policy Checking"):
#     "By default conftest is configured to only run the `main` package. If you wish to run
#      specific/multiple policies consider passing `--namespace` or `--all-namespaces` to
#      conftest with `extra_args` via a custom workflow"
#   so this entry is package main and passes on govguard's own `deny` (findings that fail the
#   gate, and inputs that cannot be read) and `warn` (findings an active waiver covers). No rule
#   is repeated here. Settings and waivers come from conftest's --data (govguard_config,
#   govguard_waivers, optionally govguard_today); without govguard_today, waivers expire against
#   today's date in Beijing by the Atlantis server's clock.
# entrypoint: true
package main # regal ignore:directory-package-mismatch

import data.govguard

# Today in China (UTC+8 all year), YYYY-MM-DD, unless the data gives the date.
today := data.govguard_today if {
	data.govguard_today != null
} else := sprintf("%04d-%02d-%02d", time.date(time.now_ns() + ((8 * 3600) * 1000000000)))

failures := d if {
	# regal ignore:with-outside-test-context
	d := govguard.deny with data.govguard_today as today
}

waived_findings := w if {
	# regal ignore:with-outside-test-context
	w := govguard.warn with data.govguard_today as today
}

deny contains d if some d in failures

warn contains w if some w in waived_findings
