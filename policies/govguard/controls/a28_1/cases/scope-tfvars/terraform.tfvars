cdn_scope = "global"
