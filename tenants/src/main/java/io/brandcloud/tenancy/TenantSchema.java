package io.brandcloud.tenancy;

import java.util.regex.Pattern;

/** The PostgreSQL schema of one tenant, derived from its slug and safe to splice into SQL. */
public record TenantSchema(String name) {

  /**
   * Holds the platform tables only; a connection without a tenant points here, so tenant queries
   * fail loudly.
   */
  public static final String PLATFORM = "platform";

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,29}");
  private static final Pattern SCHEMA = Pattern.compile("t_[a-z][a-z0-9_]{1,29}");

  public TenantSchema {
    if (!SCHEMA.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a tenant schema name: " + name);
    }
  }

  public static TenantSchema forSlug(String slug) {
    if (!isValidSlug(slug)) {
      throw new IllegalArgumentException("Not a tenant slug: " + slug);
    }
    return new TenantSchema("t_" + slug.replace('-', '_'));
  }

  /** Lower-case letters, digits and hyphens, 2 to 30 characters, starting with a letter. */
  public static boolean isValidSlug(String slug) {
    return slug != null && SLUG.matcher(slug).matches() && !slug.endsWith("-");
  }

  @Override
  public String toString() {
    return name;
  }
}
