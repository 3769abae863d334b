package io.brandcloud.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in to one realm of this session or request. {@code scopes} are what the login may
 * do over the API; {@code apiKeyId} is set when an API key, not a password, authenticated it;
 * {@code loggedInAt} lets a password change or "log out everywhere" void older sessions; {@code
 * secondFactor} says the login passed a TOTP or recovery code; {@code sessionId} is the record of a
 * browser login that its owner sees on the account page and may end from elsewhere.
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
    Long keyOrganisationId,
    Long sessionId)
    implements Serializable {

  public SessionLogin {
    groups = Set.copyOf(groups);
    scopes = Set.copyOf(scopes);
  }

  /** The same login, now confirmed by a second factor. */
  public SessionLogin withSecondFactor() {
    return copy(displayName, true, impersonator, sessionId);
  }

  /** The same login under the name its user now goes by. */
  public SessionLogin renamed(String newDisplayName) {
    return copy(newDisplayName, secondFactor, impersonator, sessionId);
  }

  /** The same login, used by a staff member acting as this user. */
  public SessionLogin actedOnBy(String staffMember) {
    return copy(displayName, true, staffMember, sessionId);
  }

  /** The same login, recorded as the browser session {@code id}. */
  public SessionLogin recordedAs(long id) {
    return copy(displayName, secondFactor, impersonator, id);
  }

  private SessionLogin copy(
      String newDisplayName, boolean passedSecondFactor, String actingStaff, Long recordId) {
    return new SessionLogin(
        userId,
        name,
        newDisplayName,
        groups,
        scopes,
        apiKeyId,
        loggedInAt,
        passedSecondFactor,
        actingStaff,
        keyOrganisationId,
        recordId);
  }

  /** Whether this login is the browser session recorded as {@code id}. */
  public boolean isRecordedAs(long id) {
    return sessionId != null && sessionId == id;
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
