package io.brandcloud.access;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a member may do inside an organisation; roles are sets of these. */
public enum Permission {
  SERVERS_VIEW("servers:view"),
  SERVERS_CREATE("servers:create"),
  SERVERS_MANAGE("servers:manage"),
  SERVERS_DELETE("servers:delete"),
  BILLING_VIEW("billing:view"),
  BILLING_MANAGE("billing:manage"),
  TICKETS_VIEW("tickets:view"),
  TICKETS_CREATE("tickets:create"),
  MEMBERS_MANAGE("members:manage"),
  API_KEYS_MANAGE("api-keys:manage"),
  SETTINGS_MANAGE("settings:manage");

  private final String wireName;

  Permission(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Whether the permission only lets one look (staff who see customers may look too). */
  public boolean onlyReads() {
    return wireName.endsWith(":view");
  }

  public static Permission parse(String wireName) {
    String wanted = wireName == null ? "" : wireName.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(p -> p.wireName.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    "permissions", "Unknown permission '" + wireName + "'"));
  }

  public static String join(Set<Permission> permissions) {
    return permissions.stream().sorted().map(Permission::wireName).collect(Collectors.joining(" "));
  }

  public static Set<Permission> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return EnumSet.noneOf(Permission.class);
    }
    return Arrays.stream(joined.split(" "))
        .map(Permission::parse)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
  }
}
