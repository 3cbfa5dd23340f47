# The deployment overrides the private default with the vendor's public office range.
ops_cidr = "203.0.113.0/24"
