package io.brandcloud.web.faces.shared;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The login form of both realms: on the platform host it checks operators, in a tenant that
 * tenant's users. Staff land in the admin area, customers in the portal.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject HttpServletRequest request;
  @Inject Credentials credentials;
  @Inject Branding branding;

  private String email;
  private String password;

  public void login() {
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    Optional<SessionLogin> login;
    try {
      login = credentials.check(edge, email, password);
    } catch (BrandcloudException refused) {
      FacesActions.error(refused.getMessage());
      return;
    }
    if (login.isEmpty()) {
      FacesActions.error("E-mail address or password is wrong");
      return;
    }
    SessionLogins.login(request, edge, login.get());
    FacesActions.redirect(branding.url(home(login.get())));
  }

  public void logout() {
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    SessionLogins.logout(request, edge);
    FacesActions.redirect(
        branding.url(edge.isPlatform() ? "/platform/login.xhtml" : "/login.xhtml"));
  }

  private static String home(SessionLogin login) {
    if (login.groups().contains(Credentials.OPERATOR_GROUP)) {
      return "/platform/index.xhtml";
    }
    return login.groups().contains("tenant-admin") ? "/admin/index.xhtml" : "/portal/index.xhtml";
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
