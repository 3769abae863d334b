package io.brandcloud.web.faces.shared;

import io.brandcloud.web.security.Caller;
import io.brandcloud.web.security.SessionLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user as pages show them. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject Caller caller;

  public boolean isLoggedIn() {
    return caller.login().isPresent();
  }

  public String getName() {
    return caller.login().map(SessionLogin::displayName).orElse("");
  }

  public boolean isAdmin() {
    return caller.login().map(l -> l.groups().contains("tenant-admin")).orElse(false);
  }

  public boolean isCustomer() {
    return caller.login().map(l -> l.groups().contains("customer")).orElse(false);
  }

  /** The staff member acting as this customer, or empty. */
  public String getImpersonator() {
    return caller.login().map(SessionLogin::impersonator).orElse(null);
  }

  public boolean isImpersonating() {
    return getImpersonator() != null;
  }

  public long id() {
    return caller.login().map(SessionLogin::userId).orElseThrow();
  }
}
