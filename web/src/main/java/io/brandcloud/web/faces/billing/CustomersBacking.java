package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.identity.application.Logins;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.provisioning.TenantServersBacking;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Customer organisations with owners and balances, a page at a time, and lifting a login lock. The
 * chosen customer's wallet is {@link CustomerWalletBacking}'s, every server of the tenant {@link
 * TenantServersBacking}'s.
 */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

  @EJB CustomerDirectory customers;
  @EJB Wallets wallets;
  @EJB Logins logins;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private String query;
  private boolean closed;

  private final PagedModel<OrganisationSummary> customerPages =
      new PagedModel<>(
          request -> customers.search(query, closed, request), c -> Long.toString(c.id()));

  /** Customer organisations with their owners, by name, a page at a time. */
  public PagedModel<OrganisationSummary> getCustomers() {
    return customerPages;
  }

  /** What staff look for: part of a name, an e-mail address or a host name, or an address. */
  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  /** Whether the list shows the accounts their owners closed instead of the open ones. */
  public boolean isClosed() {
    return closed;
  }

  public void setClosed(boolean closed) {
    this.closed = closed;
  }

  public Money balanceOf(long id) {
    return wallets.balanceOf(id);
  }

  /** Lifts a login lock (too many wrong passwords) before it runs out. */
  public void unlock(OrganisationSummary customer) {
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> logins.unlock(customer.ownerId(), actor),
        texts.format("admin.customers.unlocked", customer.ownerEmail()));
  }
}
