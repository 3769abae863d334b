package io.brandcloud.web.faces.identity;

import io.brandcloud.access.Role;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.Impersonations;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Staff act as a customer to see and do what they see: the portal shows a banner with the way back,
 * and every audit entry meanwhile reads "staff as customer". Password, two-factor and key changes
 * stay with the customer.
 */
@Named("impersonation")
@RequestScoped
public class ImpersonationBacking {

  @EJB Impersonations impersonations;
  @EJB AuditLog audit;
  @Inject CurrentLogin currentLogin;
  @Inject Credentials credentials;
  @Inject Branding branding;
  @Inject HttpServletRequest request;
  @Inject Texts texts;

  /** Acts as the organisation's owner, in that organisation. */
  public void start(OrganisationSummary customer) {
    SessionLogin staff = currentLogin.require(Role.STAFF_GROUP);
    AuthenticatedUser checked;
    try {
      checked = impersonations.begin(customer.ownerId(), customer.id());
    } catch (BrandcloudException refused) {
      if (refused.code() != ErrorCode.FORBIDDEN) {
        throw refused;
      }
      FacesActions.error(texts.get("admin.staff.cannotActAs"));
      return;
    }
    SessionLogins.impersonate(request, edge(), staff, credentials.passwordLogin(checked));
    FacesActions.redirect(branding.url("/portal/index.xhtml"));
  }

  public void stop() {
    SessionLogin customer = currentLogin.login().orElseThrow();
    SessionLogins.resume(request, edge())
        .ifPresent(
            staff -> {
              audit.record(
                  staff.name(),
                  "impersonation.ended",
                  "user " + customer.userId(),
                  customer.name());
              FacesActions.redirect(branding.url("/admin/customers.xhtml"));
            });
  }

  private Edge edge() {
    return (Edge) request.getAttribute(Edge.ATTRIBUTE);
  }
}
