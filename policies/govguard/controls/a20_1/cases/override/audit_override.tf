# An override file: the attribute replaces main.tf's, the rest of the block stays.
resource "alicloud_log_store" "audit" {
  retention_period = 30
}
