package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.Announcements;
import io.brandcloud.content.application.PublishedArticle;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The announcements a customer has not dismissed, shown above every portal page. */
@Named
@RequestScoped
public class AnnouncementsBacking {

  @EJB Announcements announcements;
  @Inject CurrentUser user;

  private List<PublishedArticle> current;

  public List<PublishedArticle> getCurrent() {
    if (current == null) {
      current = user.isCustomer() ? announcements.current() : List.of();
    }
    return current;
  }

  /** Dismisses the announcement whose button was clicked, named by the click's own parameter. */
  public void dismiss() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("announcement");
    if (id != null && id.matches("\\d{1,18}")) {
      FacesActions.attempt(() -> announcements.dismiss(Long.parseLong(id)), null);
    }
    current = null;
  }
}
