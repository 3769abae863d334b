package io.brandcloud.provisioning.providers.domain;

/**
 * How to reach one provider connection: its API's base address and token, and the provider's backup
 * plan its servers' backups are switched to where the provider needs one named. Built for one
 * provider call and never stored or logged; {@link #toString} leaves the token out.
 */
public record ProviderAccount(
    long connectionId, String apiUrl, String token, String tenantTag, String backupPlan) {

  /** An account whose backups need no plan named. */
  public ProviderAccount(long connectionId, String apiUrl, String token, String tenantTag) {
    this(connectionId, apiUrl, token, tenantTag, null);
  }

  @Override
  public String toString() {
    return "ProviderAccount[connection " + connectionId + " at " + apiUrl + "]";
  }
}
