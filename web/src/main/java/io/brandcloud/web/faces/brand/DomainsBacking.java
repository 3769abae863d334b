package io.brandcloud.web.faces.brand;

import io.brandcloud.platform.application.OwnDomains;
import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The Brand page's domains: where the shop is served, asking for a domain of its own (with the DNS
 * records to set) and withdrawing a request.
 */
@Named
@ViewScoped
public class DomainsBacking implements Serializable {

  @EJB OwnDomains domains;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private transient OwnDomains.Domains current;
  private String wanted;

  public OwnDomains.Domains getCurrent() {
    if (current == null) {
      current = domains.current();
    }
    return current;
  }

  /** The shop's address on one of its domains, as visitors open it. */
  public String addressOf(String domain) {
    return PublicUrls.onDomain(domain) + "/";
  }

  public void ask() {
    String asked = wanted == null ? "" : wanted.strip();
    if (FacesActions.attempt(
        () -> domains.ask(asked, actor()), texts.format("admin.domains.asked", asked))) {
      wanted = null;
      current = null;
    }
  }

  public void withdraw(DomainRequest request) {
    FacesActions.attempt(
        () -> domains.withdraw(request.id(), actor()),
        texts.format("admin.domains.withdrawn", request.domain()));
    current = null;
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public String getWanted() {
    return wanted;
  }

  public void setWanted(String wanted) {
    this.wanted = wanted;
  }
}
