session_cache = true
