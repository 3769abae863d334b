package io.brandcloud.web.faces.legal;

import io.brandcloud.legal.application.LegalPageView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import java.io.Serializable;
import java.util.List;

/**
 * The shop's legal pages a customer has yet to accept before an order goes through: published, or
 * changed, since they last did. Staff acting as the customer order without them: only the customer
 * accepts the shop's terms.
 */
public class OutstandingTerms implements Serializable {

  private List<LegalPageView> pages = List.of();
  private boolean accepted;

  public void load(LegalPages legal, CurrentUser user) {
    pages = user.isCustomer() && !user.isImpersonating() ? legal.outstanding() : List.of();
    accepted = false;
  }

  /**
   * Records the acceptance the order needs, if any, and says whether the order may go on; a box not
   * ticked, or pages changed since the form was drawn (shown again to read), say so instead.
   */
  public boolean acceptedForOrder(LegalPages legal, CurrentUser user, Texts texts) {
    if (pages.isEmpty()) {
      return true;
    }
    if (!accepted) {
      FacesActions.error(texts.get("portal.order.acceptRequired"));
      return false;
    }
    try {
      legal.accept(pages.stream().map(LegalPageView::id).toList(), LegalPages.AT_ORDER);
      return true;
    } catch (BrandcloudException changed) {
      load(legal, user);
      FacesActions.error(texts.get("portal.order.termsChanged"));
      return false;
    }
  }

  public List<LegalPageView> getPages() {
    return pages;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public void setAccepted(boolean accepted) {
    this.accepted = accepted;
  }
}
