// Attribute shapes of each resource type, copied from the real plans of test/corpus/*/stack and
// test/corpus/*/* (alicloud provider 1.289.0, terraform 1.5.7): which attributes a plan lists as
// known (with the provider's null defaults), which as unknown, and which as sensitive. Only names
// and values vary; every shape here is compliant, and bench/units.ts turns some into violations.
import { JsonObject } from "./plan-model";

export interface Shape {
  after: JsonObject;
  unknown: JsonObject;
  sensitive: JsonObject;
}

const ids = (...keys: string[]): JsonObject => Object.fromEntries(keys.map((k) => [k, true]));

export function kmsKey(description: string): Shape {
  return {
    after: {
      automatic_rotation: "Enabled",
      deletion_protection: "Enabled",
      deletion_protection_description: null,
      deletion_window_in_days: null,
      description,
      key_spec: "Aliyun_AES_256",
      key_usage: "ENCRYPT/DECRYPT",
      pending_window_in_days: 30,
      protection_level: "HSM",
      rotation_interval: "365d",
      tags: null,
      timeouts: null,
    },
    unknown: ids("arn", "creation_date", "creator", "delete_date", "dkms_instance_id", "id", "is_enabled", "key_state", "last_rotation_date",
      "material_expire_time", "next_rotation_date", "origin", "policy", "primary_key_version", "status"),
    sensitive: {},
  };
}

export interface BucketOptions {
  bucket: string;
  classification: string;
  /** "AES256", or "KMS" with a key known only after apply (a reference to alicloud_kms_key). */
  sse: "AES256" | "KMS";
  versioning: boolean;
  /** Days after which an enabled lifecycle rule expires objects (log archives keep 400). */
  expireDays?: number;
  /** Inline access logging into this bucket (a log archive logging itself). */
  logTo?: { target: string; prefix: string };
}

export function ossBucket(o: BucketOptions): Shape {
  const lifecycle = o.expireDays === undefined
    ? []
    : [{
        abort_multipart_upload: [],
        enabled: true,
        expiration: [{ created_before_date: "", date: "", days: o.expireDays, expired_object_delete_marker: null }],
        filter: [],
        id: "tier-and-expire",
        noncurrent_version_expiration: [],
        noncurrent_version_transition: [],
        prefix: "",
        tags: null,
        transitions: [{ created_before_date: "", days: 90, is_access_time: null, return_to_std_when_visit: null, storage_class: "Archive" }],
      }];
  const lifecycleShape = o.expireDays === undefined
    ? []
    : [{ abort_multipart_upload: [], expiration: [{}], filter: [], noncurrent_version_expiration: [], noncurrent_version_transition: [], transitions: [{}] }];
  const sse = o.sse === "KMS"
    ? [{ kms_data_encryption: null, sse_algorithm: "KMS" }]
    : [{ kms_data_encryption: null, kms_master_key_id: null, sse_algorithm: "AES256" }];
  const logging = o.logTo ? [{ target_bucket: o.logTo.target, target_prefix: o.logTo.prefix }] : [];
  return {
    after: {
      bucket: o.bucket,
      cors_rule: [],
      force_destroy: false,
      lifecycle_rule: lifecycle,
      lifecycle_rule_allow_same_action_overlap: false,
      logging,
      logging_isenable: null,
      policy: null,
      redundancy_type: "ZRS",
      referer_config: [],
      server_side_encryption_rule: sse,
      storage_class: "Standard",
      tags: { "data-classification": o.classification },
      transfer_acceleration: [],
      versioning: o.versioning ? [{ status: "Enabled" }] : [],
      website: [],
    },
    unknown: {
      access_monitor: true,
      acl: true,
      cors_rule: [],
      creation_date: true,
      extranet_endpoint: true,
      id: true,
      intranet_endpoint: true,
      lifecycle_rule: lifecycleShape,
      location: true,
      logging: o.logTo ? [{}] : [],
      owner: true,
      referer_config: [],
      resource_group_id: true,
      server_side_encryption_rule: o.sse === "KMS" ? [{ kms_master_key_id: true }] : [{}],
      tags: {},
      transfer_acceleration: [],
      versioning: o.versioning ? [{}] : [],
      website: [],
    },
    sensitive: {
      access_monitor: [],
      cors_rule: [],
      lifecycle_rule: lifecycleShape,
      logging: o.logTo ? [{}] : [],
      referer_config: [],
      server_side_encryption_rule: [{}],
      tags: {},
      transfer_acceleration: [],
      versioning: o.versioning ? [{}] : [],
      website: [],
    },
  };
}

export function ossPublicAccessBlock(bucket: string): Shape {
  return { after: { block_public_access: true, bucket, timeouts: null }, unknown: ids("id"), sensitive: {} };
}

/** A bucket policy that refuses plain HTTP and lets the application VPC read. */
export function secureTransportPolicy(bucket: string, vpc: string): string {
  return JSON.stringify(
    {
      Version: "1",
      Statement: [
        {
          Effect: "Deny",
          Principal: ["*"],
          Action: ["oss:*"],
          Resource: [`acs:oss:*:*:${bucket}`, `acs:oss:*:*:${bucket}/*`],
          Condition: { Bool: { "acs:SecureTransport": ["false"] } },
        },
        {
          Effect: "Allow",
          Principal: ["*"],
          Action: ["oss:GetObject"],
          Resource: [`acs:oss:*:*:${bucket}/*`],
          Condition: { StringEquals: { "acs:SourceVpc": [vpc] } },
        },
      ],
    },
    null,
    2,
  ) + "\n";
}

export function ossBucketPolicy(bucket: string, policy: string): Shape {
  return { after: { bucket, policy, timeouts: null }, unknown: ids("id"), sensitive: {} };
}

export function ossBucketLogging(bucket: string, target: string, prefix: string): Shape {
  return { after: { bucket, logging_role: null, target_bucket: target, target_prefix: prefix, timeouts: null }, unknown: ids("id"), sensitive: {} };
}

export function ossBucketReplication(bucket: string, destination: string, location: string): Shape {
  return {
    after: {
      action: "ALL",
      bucket,
      destination: [{ bucket: destination, location, transfer_type: null }],
      encryption_configuration: [],
      historical_object_replication: "enabled",
      prefix_set: [],
      source_selection_criteria: [],
      sync_role: null,
      timeouts: null,
    },
    unknown: {
      destination: [{}],
      encryption_configuration: [],
      id: true,
      prefix_set: [],
      progress: true,
      rtc: true,
      rule_id: true,
      source_selection_criteria: [],
      status: true,
    },
    sensitive: { destination: [{}], encryption_configuration: [], prefix_set: [], progress: [], rtc: [], source_selection_criteria: [] },
  };
}

export function ossBucketWorm(bucket: string, days: number): Shape {
  return { after: { bucket, retention_period_in_days: days, status: "Locked", timeouts: null }, unknown: ids("create_time", "id", "worm_id"), sensitive: {} };
}

export function logProject(name: string, description: string, classification: string): Shape {
  return {
    after: { description, policy: null, project_name: name, tags: { "data-classification": classification }, timeouts: null },
    unknown: { create_time: true, id: true, name: true, resource_group_id: true, status: true, tags: {} },
    sensitive: { tags: {} },
  };
}

export function logStore(project: string, name: string, retention: number): Shape {
  return {
    after: {
      append_meta: true,
      auto_split: null,
      enable_web_tracking: null,
      encrypt_conf: [{ enable: true, encrypt_type: "default" }],
      hot_ttl: null,
      infrequent_access_ttl: null,
      logstore_name: name,
      max_split_shard_count: null,
      project_name: project,
      retention_period: retention,
      shard_count: 2,
      telemetry_type: null,
      timeouts: null,
    },
    unknown: {
      create_time: true,
      encrypt_conf: [{ user_cmk_info: true }],
      id: true,
      metering_mode: true,
      mode: true,
      name: true,
      project: true,
      shards: true,
    },
    sensitive: { encrypt_conf: [{ user_cmk_info: [] }], shards: [] },
  };
}

export function securityGroup(name: string, description: string): Shape {
  return {
    after: { description, inner_access_policy: "Drop", security_group_name: name, tags: { "data-classification": "internal" }, timeouts: null },
    unknown: { create_time: true, id: true, inner_access: true, name: true, resource_group_id: true, security_group_type: true, tags: {}, vpc_id: true },
    sensitive: { tags: {} },
  };
}

export function securityGroupRule(cidr: string, protocol: string, ports: string, priority: number, description: string): Shape {
  return {
    after: {
      cidr_ip: cidr,
      description,
      ip_protocol: protocol,
      ipv6_cidr_ip: null,
      policy: "accept",
      port_range: ports,
      priority,
      source_group_owner_account: null,
      source_group_owner_id: null,
      source_security_group_id: null,
      type: "ingress",
    },
    unknown: ids("id", "nic_type", "prefix_list_id", "security_group_id", "security_group_rule_id"),
    sensitive: {},
  };
}

export interface DbOptions {
  name: string;
  classification: string;
  zone: string;
  standbyZone: string;
  allowList: string[];
  /** An encryption key known only after apply (a reference to alicloud_kms_key). */
  cmk: boolean;
}

export function dbInstance(o: DbOptions): Shape {
  const unknown = ids("acl", "auto_upgrade_minor_version", "babelfish_config", "babelfish_port", "ca_type", "collation", "connection_string",
    "connection_string_prefix", "create_time", "db_instance_storage_type", "db_instance_type", "db_is_ignore_case", "db_time_zone",
    "force_encryption", "ha_config", "id", "maintain_time", "monitoring_period", "node_id", "optimized_writes", "parameters", "port",
    "private_ip_address", "recovery_model", "replication_acl", "resource_group_id", "role_arn", "security_group_id", "security_group_ids",
    "server_cert", "server_key", "ssl_connection_string", "ssl_status", "status", "target_minor_version", "tcp_connection_type",
    "templates", "time_zone", "vpc_id", "vswitch_id", "zone_id_slave_b");
  Object.assign(unknown, { pg_hba_conf: [], security_ips: o.allowList.map(() => false), serverless_config: [], tags: {} });
  if (o.cmk) unknown.encryption_key = true;
  return {
    after: {
      auto_renew: null,
      auto_renew_period: null,
      bursting_enabled: null,
      category: "HighAvailability",
      client_ca_cert: null,
      client_ca_enabled: null,
      client_cert_revocation_list: null,
      client_crl_enabled: null,
      cold_data_enabled: null,
      collect_stat_mode: null,
      db_instance_ip_array_attribute: null,
      db_instance_ip_array_name: null,
      db_param_group_id: null,
      deletion_protection: true,
      direction: null,
      effective_time: null,
      engine: "MySQL",
      engine_version: "8.0",
      force: null,
      force_delete: null,
      force_restart: false,
      fresh_white_list_readins: null,
      instance_charge_type: "Postpaid",
      instance_name: o.name,
      instance_storage: 200,
      instance_type: "mysql.n2.medium.2c",
      manual_ha_time: null,
      modify_mode: null,
      period: null,
      pg_bouncer_enabled: null,
      pg_hba_conf: [],
      released_keep_policy: null,
      security_ip_mode: "normal",
      security_ip_type: null,
      security_ips: o.allowList,
      serverless_config: [],
      sql_collector_config_value: 365,
      sql_collector_status: "Enabled",
      ssl_action: "Open",
      ssl_certificate: null,
      ssl_password: null,
      storage_auto_scale: null,
      storage_threshold: null,
      storage_upper_bound: null,
      switch_time: null,
      tags: { "data-classification": o.classification },
      tde_certificate: null,
      tde_db_name: null,
      tde_encryption_key: null,
      tde_password: null,
      tde_private_key: null,
      tde_status: "Enabled",
      template_id_list: null,
      timeouts: null,
      upgrade_db_instance_kernel_version: null,
      upgrade_time: null,
      whitelist_network_type: null,
      zone_id: o.zone,
      zone_id_slave_a: o.standbyZone,
    },
    unknown,
    sensitive: {
      babelfish_config: [],
      client_ca_cert: true,
      parameters: [],
      pg_hba_conf: [],
      security_group_ids: [],
      security_ips: o.allowList.map(() => false),
      server_cert: true,
      serverless_config: [],
      ssl_certificate: true,
      ssl_password: true,
      tags: {},
      tde_certificate: true,
      tde_password: true,
      tde_private_key: true,
      templates: [],
    },
  };
}

export function dbBackupPolicy(retentionDays: number): Shape {
  return {
    after: { backup_priority: null, backup_retention_period: retentionDays, high_space_usage_protection: null, preferred_backup_time: "02:00Z-03:00Z" },
    unknown: ids("archive_backup_keep_count", "archive_backup_keep_policy", "archive_backup_retention_period", "backup_interval", "backup_method",
      "backup_period", "backup_time", "category", "compress_type", "enable_backup_log", "enable_increment_data_backup", "enable_pitr_protection",
      "id", "inc_backup_interval", "instance_id", "local_log_retention_hours", "local_log_retention_space", "log_backup", "log_backup_frequency",
      "log_backup_local_retention_number", "log_backup_retention_period", "log_retention_period", "preferred_backup_period",
      "released_keep_policy", "retention_period"),
    sensitive: { backup_period: [], preferred_backup_period: [] },
  };
}

export function rdsCrossBackupPolicy(region: string): Shape {
  return {
    after: { cross_backup_region: region, log_backup_enabled: "Enable", retention: 30, timeouts: null },
    unknown: ids("backup_enabled", "backup_enabled_time", "cross_backup_type", "db_instance_status", "id", "instance_id", "lock_mode",
      "log_backup_enabled_time", "retent_type"),
    sensitive: {},
  };
}

export function cdnDomain(domain: string, certId: string, origin: string, region: string): Shape {
  return {
    after: {
      cdn_type: "web",
      certificate_config: [{ cert_id: certId, cert_region: region, cert_type: "cas", private_key: null, server_certificate_status: "on" }],
      check_url: null,
      domain_name: domain,
      env: null,
      scope: "domestic",
      sources: [{ content: origin, port: 443, priority: 20, type: "oss", weight: 10 }],
      tags: { project: "gov-estate" },
      timeouts: null,
    },
    unknown: {
      certificate_config: [{ cert_name: true, server_certificate: true }],
      cname: true,
      id: true,
      resource_group_id: true,
      sources: [{}],
      status: true,
      tags: {},
    },
    sensitive: { certificate_config: [{ private_key: true, server_certificate: true }], sources: [{}], tags: {} },
  };
}

export function cdnDomainConfig(domain: string, functionName: string, args: [string, string][]): Shape {
  return {
    after: {
      domain_name: domain,
      function_args: args.map(([arg_name, arg_value]) => ({ arg_name, arg_value })),
      function_name: functionName,
      timeouts: null,
    },
    unknown: { config_id: true, function_args: args.map(() => ({})), id: true, parent_id: true, status: true },
    sensitive: { function_args: args.map(() => ({})) },
  };
}

export function cdnRealTimeLogDelivery(domain: string, project: string, logstore: string, region: string): Shape {
  return { after: { domain, logstore, project, sls_region: region, timeouts: null }, unknown: ids("id", "status"), sensitive: {} };
}

export function ramUser(name: string, displayName: string): Shape {
  return {
    after: { comments: null, display_name: displayName, email: `${name}@example.gov.cn`, force: null, mobile: null, name, timeouts: null },
    unknown: ids("id"),
    sensitive: {},
  };
}

export function ramLoginProfile(user: string): Shape {
  return {
    after: { mfa_bind_required: true, password: "Chg-On-First-Login-2024!", password_reset_required: true, timeouts: null, user_name: user },
    unknown: ids("create_time", "id"),
    sensitive: {},
  };
}

export function ramGroup(name: string): Shape {
  return { after: { comments: null, force: null, group_name: name, timeouts: null }, unknown: ids("create_time", "id", "name"), sensitive: {} };
}

export function ramGroupMembership(group: string, users: string[]): Shape {
  return {
    after: { group_name: group, user_names: users },
    unknown: { id: true, user_names: users.map(() => false) },
    sensitive: { user_names: users.map(() => false) },
  };
}

/** A least-privilege policy: read-only access to the application's own buckets. */
export function leastPrivilegeDocument(bucketPrefix: string): string {
  return JSON.stringify(
    {
      Version: "1",
      Statement: [
        { Effect: "Allow", Action: ["oss:GetObject", "oss:ListObjects"], Resource: [`acs:oss:*:*:${bucketPrefix}*`] },
        { Effect: "Allow", Action: ["ecs:Describe*"], Resource: "*" },
      ],
    },
    null,
    2,
  ) + "\n";
}

export function ramPolicy(name: string, document: string): Shape {
  return {
    after: { description: null, force: null, policy_document: document, policy_name: name, rotate_strategy: null, tags: null, timeouts: null, version: "1" },
    unknown: ids("attachment_count", "create_time", "default_version", "document", "id", "name", "statement", "type", "version_id"),
    sensitive: { statement: [] },
  };
}

export function ramGroupPolicyAttachment(group: string, policy: string, policyType: string): Shape {
  return { after: { group_name: group, policy_name: policy, policy_type: policyType, timeouts: null }, unknown: ids("id"), sensitive: {} };
}

export function ramPasswordPolicy(): Shape {
  return {
    after: {
      hard_expiry: false,
      max_login_attempts: 5,
      max_password_age: 90,
      minimum_password_length: 14,
      password_reuse_prevention: 5,
      require_lowercase_characters: true,
      require_numbers: true,
      require_symbols: true,
      require_uppercase_characters: true,
    },
    unknown: ids("id"),
    sensitive: {},
  };
}

export function ramSecurityPreference(masks: string): Shape {
  return {
    after: {
      enable_save_mfa_ticket: false,
      login_network_masks: masks,
      login_session_duration: 4,
      mfa_operation_for_login: "mandatory",
      timeouts: null,
      verification_types: null,
    },
    unknown: ids("allow_user_to_change_password", "allow_user_to_login_with_passkey", "allow_user_to_manage_access_keys",
      "allow_user_to_manage_mfa_devices", "allow_user_to_manage_personal_ding_talk", "enforce_mfa_for_login", "id",
      "max_idle_days_for_access_keys", "max_idle_days_for_users", "operation_for_risk_login"),
    sensitive: {},
  };
}

export function vpc(name: string, cidr: string): Shape {
  return {
    after: {
      cidr_block: cidr,
      classic_link_enabled: null,
      description: null,
      dry_run: null,
      force_delete: null,
      ipv4_cidr_mask: null,
      ipv4_ipam_pool_id: null,
      secondary_cidr_mask: null,
      system_route_table_description: null,
      system_route_table_name: null,
      tags: { "data-classification": "internal" },
      timeouts: null,
      vpc_name: name,
    },
    unknown: {
      ...ids("create_time", "dns_hostname_status", "enable_ipv6", "id", "ipv6_cidr_block", "ipv6_cidr_blocks", "ipv6_isp", "is_default", "name",
        "region_id", "resource_group_id", "route_table_id", "router_id", "router_table_id", "secondary_cidr_blocks", "status",
        "system_route_table_route_propagation_enable", "user_cidrs"),
      tags: {},
    },
    sensitive: { ipv6_cidr_blocks: [], secondary_cidr_blocks: [], tags: {}, user_cidrs: [] },
  };
}

export function vswitch(name: string, cidr: string, zone: string): Shape {
  return {
    after: { cidr_block: cidr, description: null, tags: null, timeouts: null, vpc_ipv6_cidr_block: null, vswitch_name: name, zone_id: zone },
    unknown: ids("availability_zone", "create_time", "enable_ipv6", "id", "ipv6_cidr_block", "ipv6_cidr_block_mask", "is_default", "name",
      "status", "vpc_id"),
    sensitive: {},
  };
}

export function vpcFlowLog(name: string, project: string, store: string): Shape {
  return {
    after: {
      description: null,
      flow_log_name: name,
      log_store_name: store,
      project_name: project,
      resource_type: "VPC",
      status: "Active",
      tags: null,
      timeouts: null,
      traffic_type: "All",
    },
    unknown: ids("aggregation_interval", "business_status", "create_time", "flow_log_id", "id", "ip_version", "region_id", "resource_group_id",
      "resource_id", "traffic_path"),
    sensitive: { traffic_path: [] },
  };
}

export function actiontrailTrail(name: string, project: string, region: string, account: string): Shape {
  return {
    after: {
      data_event_trail_region: null,
      event_rw: "All",
      event_selectors: null,
      is_organization_trail: null,
      max_compute_project_arn: null,
      mns_topic_arn: null,
      oss_bucket_name: null,
      oss_key_prefix: null,
      oss_write_role_arn: null,
      role_name: null,
      sls_project_arn: `acs:log:${region}:${account}:project/${project}`,
      sls_write_role_arn: `acs:ram::${account}:role/aliyunserviceroleforactiontrail`,
      status: "Enable",
      timeouts: null,
      trail_name: name,
      trail_region: "All",
    },
    unknown: ids("create_time", "id", "max_compute_write_role_arn", "name", "region_id"),
    sensitive: {},
  };
}

export function cmsAlarmContactGroup(name: string): Shape {
  return {
    after: { alarm_contact_group_name: name, contacts: ["ops-duty"], describe: "Operations on-call" },
    unknown: { contacts: [false], enable_subscribed: true, id: true },
    sensitive: { contacts: [false] },
  };
}

export function cmsAlarm(name: string, contactGroup: string): Shape {
  return {
    after: {
      composite_expression: [],
      contact_groups: [contactGroup],
      effective_interval: "00:00-23:59",
      enabled: true,
      end_time: null,
      escalations_critical: [{ comparison_operator: ">=", statistics: "Average", threshold: "85", times: 3 }],
      metric: "CpuUsage",
      name,
      notify_type: null,
      period: 300,
      project: "acs_rds_dashboard",
      silence_time: 86400,
      start_time: null,
      tags: null,
      timeouts: null,
      webhook: null,
    },
    unknown: {
      composite_expression: [],
      contact_groups: [false],
      dimensions: true,
      escalations_critical: [{}],
      escalations_info: true,
      escalations_warn: true,
      id: true,
      metric_dimensions: true,
      operator: true,
      prometheus: true,
      statistics: true,
      status: true,
      targets: true,
      threshold: true,
      triggered_count: true,
    },
    sensitive: {
      composite_expression: [],
      contact_groups: [false],
      dimensions: {},
      escalations_critical: [{}],
      escalations_info: [],
      escalations_warn: [],
      prometheus: [],
      targets: [],
    },
  };
}
