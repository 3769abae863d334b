package io.brandcloud.web.security;

import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.platform.application.PlatformOperators;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.Edge;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an e-mail address and password against the realm of the request: platform operators or one
 * tenant.
 */
@ApplicationScoped
public class Credentials {

  public static final String OPERATOR_GROUP = "platform-operator";

  @EJB UserAccounts accounts;
  @EJB PlatformOperators operators;

  public Optional<SessionLogin> check(Edge edge, String email, String password) {
    if (edge.tenant().isEmpty()) {
      return operators
          .authenticate(email, password)
          .map(e -> new SessionLogin(0, e, "Platform operator", Set.of(OPERATOR_GROUP)));
    }
    try {
      return CurrentTenant.callAs(
          edge.tenant().get(),
          () ->
              accounts
                  .authenticate(email, password)
                  .map(
                      u ->
                          new SessionLogin(
                              u.id(), u.email(), u.displayName(), Set.of(u.role().group()))));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
