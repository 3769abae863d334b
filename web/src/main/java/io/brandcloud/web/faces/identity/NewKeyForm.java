package io.brandcloud.web.faces.identity;

import io.brandcloud.access.Scope;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A new API key as the account page types it: a name, its scopes and the day it expires, if any.
 */
public class NewKeyForm implements Serializable {

  private String name;
  private List<String> scopes = new ArrayList<>(List.of(Scope.READ_SERVERS.wireName()));
  private LocalDate expires;

  /** The start of the expiry day in UTC, or null for a key that does not expire. */
  Instant expiresAt() {
    return expires == null ? null : expires.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public LocalDate getExpires() {
    return expires;
  }

  public void setExpires(LocalDate expires) {
    this.expires = expires;
  }
}
