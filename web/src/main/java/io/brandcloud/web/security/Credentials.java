package io.brandcloud.web.security;

import io.brandcloud.identity.application.ApiKeys;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.identity.domain.Scope;
import io.brandcloud.platform.application.PlatformOperators;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.Edge;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an e-mail address and password against the realm of the request: platform operators or one
 * tenant.
 */
@ApplicationScoped
public class Credentials {

  public static final String OPERATOR_GROUP = "platform-operator";

  @EJB UserAccounts accounts;
  @EJB PlatformOperators operators;
  @EJB ApiKeys keys;

  /** A login by password may use every scope its role allows. */
  public static SessionLogin passwordLogin(AuthenticatedUser user) {
    return new SessionLogin(
        user.id(),
        user.email(),
        user.displayName(),
        Set.of(user.role().group()),
        wireNames(Scope.allowedFor(user.role())),
        null);
  }

  public Optional<SessionLogin> bearer(Edge edge, String token) {
    if (edge.tenant().isEmpty()) {
      return Optional.empty();
    }
    return CurrentTenant.supplyAs(edge.tenant().get(), () -> keys.authenticate(token))
        .map(
            holder ->
                new SessionLogin(
                    holder.user().id(),
                    holder.user().email(),
                    holder.user().displayName(),
                    Set.of(holder.user().role().group()),
                    wireNames(holder.scopes()),
                    holder.keyId()));
  }

  private static Set<String> wireNames(Set<Scope> scopes) {
    return scopes.stream().map(Scope::wireName).collect(Collectors.toUnmodifiableSet());
  }

  public Optional<SessionLogin> check(Edge edge, String email, String password) {
    if (edge.tenant().isEmpty()) {
      return operators
          .authenticate(email, password)
          .map(
              e ->
                  new SessionLogin(
                      0, e, "Platform operator", Set.of(OPERATOR_GROUP), Set.of(), null));
    }
    return CurrentTenant.supplyAs(
        edge.tenant().get(),
        () -> accounts.authenticate(email, password).map(Credentials::passwordLogin));
  }
}
