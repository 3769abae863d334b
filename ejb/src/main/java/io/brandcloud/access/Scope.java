package io.brandcloud.access;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do. A password login has every scope its role allows. */
public enum Scope {
  READ_USER("read:user"),
  READ_SERVERS("read:servers"),
  WRITE_SERVERS("write:servers"),
  READ_BILLING("read:billing"),
  WRITE_BILLING("write:billing"),
  READ_TICKETS("read:tickets"),
  WRITE_TICKETS("write:tickets"),
  ADMIN("admin:*");

  private final String wireName;

  Scope(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Scope parse(String wireName) {
    String wanted = wireName == null ? "" : wireName.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.wireName.equals(wanted))
        .findFirst()
        .orElseThrow(() -> new BrandcloudException(ErrorCode.INVALID_SCOPE, wireName));
  }

  /** Staff administer the tenant; customers act on their own resources. */
  public static Set<Scope> allowedFor(Role role) {
    return role.isStaff() ? EnumSet.allOf(Scope.class) : EnumSet.complementOf(EnumSet.of(ADMIN));
  }

  public static String join(Set<Scope> scopes) {
    return scopes.stream().sorted().map(Scope::wireName).collect(Collectors.joining(" "));
  }

  public static Set<Scope> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return EnumSet.noneOf(Scope.class);
    }
    return Arrays.stream(joined.split(" "))
        .map(Scope::parse)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
  }
}
