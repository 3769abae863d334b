package io.brandcloud.web.faces.portal;

import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A new customer's sign-up; the account starts with an empty wallet in the tenant's currency. */
@Named
@RequestScoped
public class SignupBacking {

  @EJB UserAccounts accounts;
  @Inject Branding branding;

  private String name;
  private String email;
  private String password;

  public void signUp() {
    if (FacesActions.attempt(
        () -> accounts.signUp(email, name, password), "Your account is ready: log in below")) {
      FacesActions.redirect(branding.url("/login.xhtml"));
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
