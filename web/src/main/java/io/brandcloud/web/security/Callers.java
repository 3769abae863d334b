package io.brandcloud.web.security;

import io.brandcloud.access.Caller;
import io.brandcloud.access.Role;
import io.brandcloud.access.Scope;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.Edge;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a request's login into the {@link Caller} that services check. */
@ApplicationScoped
public class Callers {

  static final String OPERATOR_GROUP = "platform-operator";

  @EJB TenantSettings settings;

  public Caller of(SessionLogin login, Edge edge) {
    if (login.groups().contains(OPERATOR_GROUP)) {
      return Caller.operator(login.name());
    }
    Role role = Role.fromGroups(login.groups());
    Set<Scope> scopes = login.scopes().stream().map(Scope::parse).collect(Collectors.toSet());
    return new Caller(
        login.viaApiKey() ? Caller.Kind.API_KEY : Caller.Kind.USER,
        login.name(),
        login.userId(),
        role,
        scopes,
        login.secondFactor(),
        role.isStaff() && staffNeedSecondFactor(edge),
        login.impersonator());
  }

  private boolean staffNeedSecondFactor(Edge edge) {
    return edge.tenant()
        .map(t -> CurrentTenant.supplyAs(t, () -> settings.current().staffTwoFactorRequired()))
        .orElse(false);
  }
}
