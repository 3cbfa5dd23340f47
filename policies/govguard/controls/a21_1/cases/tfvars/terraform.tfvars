records_level = "internal"
scans_level   = "restricted"
