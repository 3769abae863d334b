package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.PortalLanguage;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The portal language a user chooses on their account page, or the browser's. */
@Named
@RequestScoped
public class LanguageBacking {

  @EJB UserAccounts accounts;
  @Inject CurrentLogin currentLogin;
  @Inject HttpServletRequest request;
  @Inject Branding branding;
  @Inject Texts texts;

  private String language;

  @PostConstruct
  void load() {
    currentLogin
        .login()
        .ifPresent(login -> language = accounts.languageOf(login.userId()).orElse(""));
  }

  public List<String> getLanguages() {
    return UserAccounts.PORTAL_LANGUAGES;
  }

  /** Saves the choice and shows this page again in it. */
  public void save() {
    long user = currentLogin.login().orElseThrow().userId();
    if (FacesActions.attempt(() -> accounts.chooseLanguage(user, language), null)) {
      PortalLanguage.remember(
          request, (Edge) request.getAttribute(Edge.ATTRIBUTE), accounts.languageOf(user));
      FacesActions.redirect(branding.url("/account.xhtml"));
    }
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
