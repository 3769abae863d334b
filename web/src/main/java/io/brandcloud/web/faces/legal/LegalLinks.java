package io.brandcloud.web.faces.legal;

import io.brandcloud.legal.application.LegalLink;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.web.faces.shared.Branding;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shop's published legal pages as every page links them (the footer, the sign-up's acceptance):
 * none on the platform's own pages.
 */
@Named
@RequestScoped
public class LegalLinks {

  /** The parameter that names the page on {@code /legal.xhtml}. */
  public static final String PAGE_PARAMETER = "page";

  @EJB LegalPages legal;
  @Inject Branding branding;

  private List<LegalLink> current;

  public List<LegalLink> getCurrent() {
    if (current == null) {
      current = branding.isPlatform() ? List.of() : legal.links();
    }
    return current;
  }

  /** The ids of the versions shown, as the sign-up form sends back what it showed. */
  public String getIds() {
    return getCurrent().stream()
        .map(page -> Long.toString(page.id()))
        .collect(Collectors.joining(","));
  }

  /** Where a page of this kind ({@code terms}) is read. */
  public String url(String kind) {
    return branding.url("/legal.xhtml?" + PAGE_PARAMETER + "=" + kind);
  }
}
