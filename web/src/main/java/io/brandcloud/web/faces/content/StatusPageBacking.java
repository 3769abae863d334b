package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.StatusPage;
import io.brandcloud.content.application.StatusView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The public status page: each region's state and the recent incidents with their updates. */
@Named
@RequestScoped
public class StatusPageBacking {

  @EJB StatusPage status;

  private StatusView view;

  public StatusView getStatus() {
    if (view == null) {
      view = status.status();
    }
    return view;
  }
}
