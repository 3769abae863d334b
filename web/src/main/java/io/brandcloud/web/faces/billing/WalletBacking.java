package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.application.TopUps;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.shared.Money;
import io.brandcloud.web.edge.LoginReturn;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The customer's wallet: the balance, a top-up at one of the tenant's gateways (suggested amounts
 * or their own, optionally keeping the card) and the payments made; the automatic top-up on a saved
 * card is {@link AutoTopUpBacking}'s.
 */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

  @EJB TopUps topUps;
  @EJB PaymentHistory history;
  @EJB Wallets wallets;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private List<GatewaySettings> methods = List.of();
  private String gateway;
  private BigDecimal amount;
  private boolean saveCard;
  private PagedModel<Payment> payments;
  private String returnTo;

  @PostConstruct
  void load() {
    if (!user.may("billing:view")) {
      return;
    }
    returnTo =
        branding
            .ownPage(
                FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get(LoginReturn.NEXT))
            .orElse(null);
    long organisation = user.organisationId();
    methods = history.methods(organisation);
    if (gateway == null && !methods.isEmpty()) {
      gateway = methods.get(0).kind().wireName();
    }
    payments =
        new PagedModel<>(request -> history.of(organisation, request), p -> Long.toString(p.id()));
  }

  /** Sends the customer to the gateway's checkout for the amount chosen. */
  public void topUp() {
    String portal = branding.absoluteBase();
    Payment[] started = new Payment[1];
    boolean keepCard = saveCard && isCardOffered();
    if (gateway != null
        && FacesActions.attempt(
            () ->
                started[0] =
                    topUps.start(
                        user.organisationId(),
                        GatewayKind.parse(gateway),
                        amount,
                        keepCard,
                        new TopUps.ReturnPages(paymentPage(portal), portal)),
            null)) {
      FacesActions.redirect(started[0].checkoutUrl());
    }
  }

  /** Our payment page, which offers the way back to the order the top-up was made for. */
  private String paymentPage(String portal) {
    String page = portal + "/portal/payment.xhtml";
    return returnTo == null ? page : LoginReturn.withNext(page, returnTo);
  }

  /** The page the customer was on when the top-up became needed (an order), if any. */
  public String getReturnTo() {
    return returnTo;
  }

  public void choose(BigDecimal preset) {
    amount = preset;
  }

  public Optional<GatewaySettings> chosen() {
    return methods.stream().filter(g -> g.kind().wireName().equals(gateway)).findFirst();
  }

  public boolean isCardOffered() {
    return chosen().map(g -> g.kind().savesCards()).orElse(false);
  }

  public Money getBalance() {
    return wallets.balanceOf(user.organisationId());
  }

  public Money money(BigDecimal value) {
    return new Money(value, getBalance().currency());
  }

  public String gatewayName(String kind) {
    return GatewayKind.parse(kind).displayName();
  }

  public List<GatewaySettings> getMethods() {
    return methods;
  }

  public PagedModel<Payment> getPayments() {
    return payments;
  }

  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public boolean isSaveCard() {
    return saveCard;
  }

  public void setSaveCard(boolean saveCard) {
    this.saveCard = saveCard;
  }
}
