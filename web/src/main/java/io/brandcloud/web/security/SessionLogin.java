package io.brandcloud.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in to one realm of this session or request. {@code scopes} are what the login may
 * do over the API; {@code apiKeyId} is set when an API key, not a password, authenticated it;
 * {@code loggedInAt} lets a password change or "log out everywhere" void older sessions; {@code
 * secondFactor} says the login passed a TOTP or recovery code.
 */
public record SessionLogin(
    long userId,
    String name,
    String displayName,
    Set<String> groups,
    Set<String> scopes,
    Long apiKeyId,
    Instant loggedInAt,
    boolean secondFactor,
    String impersonator,
    Long keyOrganisationId)
    implements Serializable {

  public SessionLogin {
    groups = Set.copyOf(groups);
    scopes = Set.copyOf(scopes);
  }

  /** The same login, now confirmed by a second factor. */
  public SessionLogin withSecondFactor() {
    return with(impersonator);
  }

  /** The same login under the name its user now goes by. */
  public SessionLogin renamed(String newDisplayName) {
    return new SessionLogin(
        userId,
        name,
        newDisplayName,
        groups,
        scopes,
        apiKeyId,
        loggedInAt,
        secondFactor,
        impersonator,
        keyOrganisationId);
  }

  /** The same login, used by a staff member acting as this user. */
  public SessionLogin actedOnBy(String staffMember) {
    return with(staffMember);
  }

  private SessionLogin with(String actingStaff) {
    return new SessionLogin(
        userId,
        name,
        displayName,
        groups,
        scopes,
        apiKeyId,
        loggedInAt,
        true,
        actingStaff,
        keyOrganisationId);
  }

  public boolean impersonated() {
    return impersonator != null;
  }

  public boolean viaApiKey() {
    return apiKeyId != null;
  }

  /** The identity rate limits and idempotency records are kept under. */
  public String principal() {
    return viaApiKey() ? "key:" + apiKeyId : "user:" + userId;
  }
}
