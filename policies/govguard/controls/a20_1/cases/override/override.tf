# An override file: its locals replace main.tf's by name.
locals {
  app_retention_days = 365
}
