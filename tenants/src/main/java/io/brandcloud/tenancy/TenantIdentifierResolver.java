package io.brandcloud.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which schema the current session works in. Without a tenant it answers the
 * platform schema, which has no tenant tables: a query that forgot its tenant fails instead of
 * reading someone else's data.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return CurrentTenant.get().map(c -> c.schema().name()).orElse(TenantSchema.PLATFORM);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
