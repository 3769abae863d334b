package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The wallet transactions of the customer's active organisation, newest first, a page at a time: an
 * hourly server adds 24 a day, so the whole ledger is never read at once.
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

  @EJB Wallets wallets;
  @Inject CurrentUser user;

  private PagedModel<LedgerLine> transactions;

  @PostConstruct
  void load() {
    if (user.may("billing:view")) {
      long organisation = user.organisationId();
      transactions =
          new PagedModel<>(
              page -> wallets.transactions(organisation, page), line -> Long.toString(line.id()));
    }
  }

  /** Null for a member whose role does not show billing. */
  public PagedModel<LedgerLine> getTransactions() {
    return transactions;
  }
}
