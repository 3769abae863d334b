package io.brandcloud.web.rest.legal;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.legal.application.LegalPageView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order through the API waits, as the portal's order forms do, until the customer accepted the
 * shop's legal pages as they are now. Staff acting as the customer order without accepting for
 * them.
 */
@ApplicationScoped
public class TermsBeforeOrder {

  @EJB LegalPages legal;

  public void require() {
    Caller caller = CurrentCaller.require();
    if (caller.impersonator() != null || caller.isPrivileged()) {
      return;
    }
    List<LegalPageView> outstanding = legal.outstanding();
    if (!outstanding.isEmpty()) {
      throw new BrandcloudException(
          ErrorCode.TERMS_OUTSTANDING,
          outstanding.stream().map(LegalPageView::title).collect(Collectors.joining(", ")));
    }
  }
}
