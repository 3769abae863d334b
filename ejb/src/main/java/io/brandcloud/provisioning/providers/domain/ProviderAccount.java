package io.brandcloud.provisioning.providers.domain;

/**
 * How to reach one provider connection: its API's base address and token. Built for one provider
 * call and never stored or logged; {@link #toString} leaves the token out.
 */
public record ProviderAccount(long connectionId, String apiUrl, String token, String tenantTag) {

  @Override
  public String toString() {
    return "ProviderAccount[connection " + connectionId + " at " + apiUrl + "]";
  }
}
