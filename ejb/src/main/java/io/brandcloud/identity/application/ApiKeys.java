package io.brandcloud.identity.application;

import io.brandcloud.access.Permission;
import io.brandcloud.access.Role;
import io.brandcloud.access.Scope;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.ApiKey;
import io.brandcloud.identity.domain.ApiKeyRepository;
import io.brandcloud.identity.domain.DeviceNames;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys of the current tenant's users. A key reads {@code bc_<prefix>_<secret>}: the prefix
 * finds the row, the SHA-256 of the whole key must match. Keys live in the tenant's schema, so a
 * key presented to another tenant is simply unknown there.
 */
@Stateless
public class ApiKeys {

  private static final Pattern FORMAT = Pattern.compile("bc_([a-z0-9]{12})_[A-Za-z0-9_-]{43}");
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  @Inject ApiKeyRepository keys;
  @Inject UserRepository users;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  @Inject Memberships memberships;
  @Inject RecentCredentials recent;

  /**
   * A key for the user. A customer's key acts in their active organisation, whose role must allow
   * managing keys; staff keys act in none.
   */
  public CreatedApiKey create(
      long userId, String name, Collection<String> scopeNames, Instant expiresAt) {
    User owner = requireUser(userId);
    Long organisationId =
        owner.role() == Role.CUSTOMER
            ? memberships
                .active(userId)
                .map(
                    m ->
                        memberships.require(userId, m.organisationId(), Permission.API_KEYS_MANAGE))
                .orElseThrow(() -> new BrandcloudException(ErrorCode.NO_ORGANISATION))
                .organisationId()
            : null;
    String checkedName = Validation.requireText("name", name, 120);
    Set<Scope> scopes = requestedScopes(scopeNames);
    Set<Scope> allowed = Scope.allowedFor(owner.role());
    for (Scope scope : scopes) {
      if (!allowed.contains(scope)) {
        throw new BrandcloudException(ErrorCode.SCOPE_NOT_ALLOWED, scope.wireName());
      }
    }
    Instant now = clock.now();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw BrandcloudException.invalid("expiresAt", "expiresAt must lie in the future");
    }
    String prefix = SecretTokens.randomAlphanumeric(12);
    String secret = "bc_" + prefix + "_" + SecretTokens.random();
    ApiKey key =
        new ApiKey(
            userId,
            organisationId,
            checkedName,
            prefix,
            SecretTokens.sha256(secret),
            scopes,
            expiresAt,
            now);
    keys.add(key);
    audit.record(
        owner.email(),
        "api_key.created",
        "key " + prefix,
        "name=" + checkedName + " scopes=" + Scope.join(scopes));
    return new CreatedApiKey(ApiKeyView.of(key), secret);
  }

  public Page<ApiKeyView> list(long userId, PageRequest page) {
    return keys.ofUser(userId, page).map(ApiKeyView::of);
  }

  public ApiKeyView revoke(long userId, long keyId) {
    ApiKey key =
        keys.find(keyId)
            .filter(k -> k.userId() == userId)
            .orElseThrow(() -> BrandcloudException.notFound("API key " + keyId));
    if (key.revokedAt() == null) {
      key.revoke(clock.now());
      recent.forgetUser(CurrentTenant.require().tenantId(), userId);
      audit.record(requireUser(userId).email(), "api_key.revoked", "key " + key.prefix(), null);
    }
    return ApiKeyView.of(key);
  }

  /**
   * Revokes every key of the user that still works: the choice offered with "log out everywhere"
   * and a password change, which leave keys alone so that scripts keep running.
   */
  public int revokeAll(long userId) {
    int revoked = keys.revokeAll(userId, clock.now());
    recent.forgetUser(CurrentTenant.require().tenantId(), userId);
    if (revoked > 0) {
      audit.record(requireUser(userId).email(), "api_key.revoked_all", "user " + userId, null);
    }
    return revoked;
  }

  /** The holder of a presented key, if the key is well-formed, known, unexpired and unrevoked. */
  public Optional<KeyHolder> authenticate(String presented) {
    Matcher format = FORMAT.matcher(presented == null ? "" : presented.strip());
    if (!format.matches()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    Optional<ApiKey> key =
        keys.withPrefix(format.group(1))
            .filter(
                k -> SecretTokens.sameDigest(k.secretHash(), SecretTokens.sha256(format.group())))
            .filter(k -> k.usableAt(now));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    User user = users.find(key.get().userId()).orElseThrow();
    if (user.disabled()) {
      return Optional.empty();
    }
    touch(key.get(), now);
    Set<Scope> scopes = key.get().scopes();
    scopes.retainAll(Scope.allowedFor(user.role()));
    return Optional.of(
        new KeyHolder(
            key.get().id(),
            new AuthenticatedUser(user.id(), user.email(), user.displayName(), user.role()),
            key.get().organisationId(),
            scopes,
            key.get().expiresAt()));
  }

  /**
   * Writes "last used" (when, from where, with what) at most once a minute per key, so busy keys do
   * not write on every call.
   */
  private void touch(ApiKey key, Instant now) {
    if (key.lastUsedAt() != null && key.lastUsedAt().isAfter(now.minus(LAST_USED_PRECISION))) {
      return;
    }
    keys.markUsed(
        key.id(),
        now,
        now.minus(LAST_USED_PRECISION),
        RequestOrigin.address().orElse(null),
        RequestOrigin.userAgent().flatMap(DeviceNames::describe).orElse(null));
  }

  private static Set<Scope> requestedScopes(Collection<String> names) {
    if (names == null || names.isEmpty()) {
      throw BrandcloudException.invalid("scopes", "Name at least one scope");
    }
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String name : names) {
      scopes.add(Scope.parse(name));
    }
    return scopes;
  }

  private User requireUser(long userId) {
    return users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
  }
}
