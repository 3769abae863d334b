package io.brandcloud.platform.application;

import java.util.List;

/**
 * What an operator fills in to create or edit a tenant. Unvalidated: {@link Tenants} checks every
 * field and answers with a field-named error. The placement (which PostgreSQL server holds the
 * schema) is chosen at creation, by the operator or as the one with the fewest tenants; after that
 * only a move changes it.
 */
public record TenantDraft(
    String slug,
    String name,
    String currency,
    String timeZone,
    String productName,
    String primaryColor,
    String logoUrl,
    List<String> domains,
    String adminEmail,
    String adminName,
    Boolean darkTheme,
    String placement) {

  public TenantDraft {
    domains = domains == null ? List.of() : List.copyOf(domains);
  }
}
