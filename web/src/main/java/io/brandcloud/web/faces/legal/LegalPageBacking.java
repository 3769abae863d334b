package io.brandcloud.web.faces.legal;

import io.brandcloud.legal.application.LegalPageView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * One legal page as a visitor reads it ({@code ?page=terms}): its current version, or a 404 for a
 * page not published yet or not one of the legal pages.
 */
@Named
@RequestScoped
public class LegalPageBacking {

  @EJB LegalPages legal;

  private String page;
  private LegalPageView shown;

  public void load() {
    try {
      shown = page == null ? null : legal.current(page).orElse(null);
    } catch (BrandcloudException notALegalPage) {
      shown = null;
    }
    if (shown == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public LegalPageView getShown() {
    return shown;
  }
}
