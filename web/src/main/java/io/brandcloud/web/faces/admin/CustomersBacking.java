package io.brandcloud.web.faces.admin;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.provisioning.application.ServerView;
import io.brandcloud.provisioning.application.Servers;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.security.Caller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Customers with their balances, crediting a wallet, and every server of the tenant. */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

  @EJB UserAccounts accounts;
  @EJB Wallets wallets;
  @EJB Servers servers;
  @Inject Caller caller;

  private Long customerId;
  private BigDecimal amount;
  private String reason = "Top-up";
  // one reference per rendered form: a double submit books the credit once
  private String reference = UUID.randomUUID().toString();

  public List<AuthenticatedUser> getCustomers() {
    return accounts.customers();
  }

  public Money balanceOf(long id) {
    return wallets.balanceOf(id);
  }

  public List<ServerView> getServers() {
    return servers.all();
  }

  public void credit() {
    if (customerId == null) {
      FacesActions.error("Choose a customer");
      return;
    }
    String actor = caller.login().orElseThrow().name();
    if (FacesActions.attempt(
        () -> wallets.credit(customerId, amount, reason, reference, actor), "Wallet credited")) {
      reference = UUID.randomUUID().toString();
      amount = null;
    }
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
