package io.brandcloud.access;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a member may do inside an organisation; roles are sets of these. */
public enum Permission {
  SERVERS_VIEW("servers:view", Scope.READ_SERVERS),
  SERVERS_CREATE("servers:create", Scope.WRITE_SERVERS),
  SERVERS_MANAGE("servers:manage", Scope.WRITE_SERVERS),
  SERVERS_DELETE("servers:delete", Scope.WRITE_SERVERS),
  BILLING_VIEW("billing:view", Scope.READ_BILLING),
  BILLING_MANAGE("billing:manage", Scope.WRITE_BILLING),
  TICKETS_VIEW("tickets:view", Scope.READ_TICKETS),
  TICKETS_CREATE("tickets:create", Scope.WRITE_TICKETS),
  MEMBERS_MANAGE("members:manage", null),
  API_KEYS_MANAGE("api-keys:manage", null),
  SETTINGS_MANAGE("settings:manage", null);

  private final String wireName;
  private final Scope scope;

  Permission(String wireName, Scope scope) {
    this.wireName = wireName;
    this.scope = scope;
  }

  /** The scope an API key needs for this; empty where only a password login may. */
  public Optional<Scope> scope() {
    return Optional.ofNullable(scope);
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
