package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.Registration;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A new customer's sign-up: the account starts unverified with an empty wallet in the tenant's
 * currency, and the confirmation page takes the code from the mail (or the mail's link does).
 */
@Named
@RequestScoped
public class SignupBacking {

  @EJB Registration registration;
  @Inject Branding branding;
  @Inject Texts texts;

  private String name;
  private String email;
  private String password;

  public void signUp() {
    if (FacesActions.attempt(
        () -> registration.register(email, name, password, branding.absoluteBase()),
        texts.format("public.signup.sent", email))) {
      FacesActions.redirect(
          branding.url("/verify.xhtml?email=")
              + java.net.URLEncoder.encode(email.strip(), java.nio.charset.StandardCharsets.UTF_8));
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
