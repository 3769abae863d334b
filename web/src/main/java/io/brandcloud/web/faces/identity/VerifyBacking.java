package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.Registration;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.LoginReturn;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Confirms an e-mail address by the mailed link (on load) or by the mailed code. */
@Named
@RequestScoped
public class VerifyBacking {

  @EJB Registration registration;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject HttpServletRequest request;

  private String token;
  private String email;
  private String code;

  public void verifyLink() {
    if (token == null || token.isBlank()) {
      return;
    }
    done(registration.verifyByToken(token));
  }

  public void verifyCode() {
    done(registration.verifyByCode(email, code));
  }

  public void resend() {
    registration.resendVerification(email, branding.absoluteBase());
    FacesActions.info(texts.format("public.verify.resent", email));
  }

  private void done(boolean verified) {
    if (verified) {
      FacesActions.info(texts.format("public.verify.done"));
      FacesActions.redirect(
          branding.url(
              LoginReturn.loginAfterSignUp(request, (Edge) request.getAttribute(Edge.ATTRIBUTE))));
    } else {
      FacesActions.error(texts.format("public.verify.wrong"));
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
