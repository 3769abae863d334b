package io.brandcloud.platform.domain;

import java.time.Instant;

/**
 * A domain a tenant's admin asked for, not served until an operator approves it.
 *
 * @param token what the TXT record shows, so the operator sees the asker controls the domain's DNS
 */
public record DomainRequest(
    long id, long tenantId, String domain, String token, String requestedBy, Instant requestedAt) {

  /** The TXT record's name. */
  public String txtName() {
    return "_brandcloud." + domain;
  }

  /** The TXT record's text. */
  public String txtValue() {
    return "brandcloud-domain=" + token;
  }
}
