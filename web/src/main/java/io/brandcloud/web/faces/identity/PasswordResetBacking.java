package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.PasswordResets;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Forgot password": asks for the link, then sets the new password from it. */
@Named
@RequestScoped
public class PasswordResetBacking {

  @EJB PasswordResets resets;
  @Inject Branding branding;
  @Inject Texts texts;

  private String email;
  private String token;
  private String password;

  public void requestLink() {
    resets.request(email, branding.absoluteBase());
    FacesActions.info(texts.format("public.forgot.sent", email));
  }

  public void reset() {
    boolean[] changed = new boolean[1];
    if (FacesActions.attempt(() -> changed[0] = resets.reset(token, password), null)) {
      if (changed[0]) {
        FacesActions.info(texts.format("public.reset.done"));
        FacesActions.redirect(branding.url("/login.xhtml"));
      } else {
        FacesActions.error(texts.format("public.reset.wrong"));
      }
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
