package io.brandcloud.web.faces.identity;

import io.brandcloud.legal.application.LegalLink;
import io.brandcloud.legal.application.SignUps;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.LoginReturn;
import io.brandcloud.web.faces.legal.LegalLinks;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new customer's sign-up: the account starts unverified with an empty wallet in the tenant's
 * currency, and the confirmation page takes the code from the mail (or the mail's link does). A
 * visitor who signed up on the way to a page (an order) is sent on to it from the login. Where the
 * shop published legal pages, the visitor accepts the versions shown, recorded with the account.
 */
@Named
@RequestScoped
public class SignupBacking {

  /** The hidden field naming the versions of the legal pages the form showed. */
  static final String ACCEPTED_PARAMETER = "accepted";

  @EJB SignUps signUps;
  @Inject LegalLinks legalLinks;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject HttpServletRequest request;

  private String name;
  private String email;
  private String password;
  private boolean accepted;

  public void signUp() {
    Set<Long> current = currentVersions();
    if (!current.isEmpty() && !accepted) {
      FacesActions.error(texts.get("public.signup.acceptRequired"));
      return;
    }
    List<Long> acceptedVersions = current.isEmpty() ? List.of() : shownVersions();
    if (!Set.copyOf(acceptedVersions).equals(current)) {
      // the form showed versions replaced since: the visitor reads and ticks the new ones first
      accepted = false;
      FacesActions.error(texts.get("public.signup.termsChanged"));
      return;
    }
    if (FacesActions.attempt(
        () -> signUps.register(email, name, password, branding.absoluteBase(), acceptedVersions),
        texts.format("public.signup.sent", email))) {
      LoginReturn.rememberForSignUp(request, (Edge) request.getAttribute(Edge.ATTRIBUTE));
      FacesActions.redirect(
          branding.url("/verify.xhtml?email=")
              + java.net.URLEncoder.encode(email.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private Set<Long> currentVersions() {
    return legalLinks.getCurrent().stream().map(LegalLink::id).collect(Collectors.toSet());
  }

  /** The versions of the legal pages the form showed, as it sent them back. */
  private List<Long> shownVersions() {
    String shown = request.getParameter(ACCEPTED_PARAMETER);
    if (shown == null || shown.isBlank()) {
      return List.of();
    }
    try {
      return Arrays.stream(shown.split(",")).map(String::strip).map(Long::valueOf).toList();
    } catch (NumberFormatException forged) {
      return List.of();
    }
  }

  public boolean isAccepted() {
    return accepted;
  }

  public void setAccepted(boolean accepted) {
    this.accepted = accepted;
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
