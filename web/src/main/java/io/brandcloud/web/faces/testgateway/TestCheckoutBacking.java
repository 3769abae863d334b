package io.brandcloud.web.faces.testgateway;

import io.brandcloud.payments.testgateway.TestCharge;
import io.brandcloud.payments.testgateway.TestCheckoutDesk;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Currency;
import java.util.Locale;

/**
 * The built-in test gateway's checkout page: what a customer sees at the gateway, with a card that
 * pays, one that is declined, and a way back without paying. Open to anyone holding the checkout's
 * address, as a gateway's page is.
 */
@Named
@ViewScoped
public class TestCheckoutBacking implements Serializable {

  @EJB TestCheckoutDesk desk;

  private String session;
  private TestCharge charge;

  public void load() {
    try {
      charge = desk.checkout(session);
    } catch (BrandcloudException e) {
      charge = null;
      FacesActions.error(e);
    }
  }

  public void pay(String card) {
    String back = null;
    try {
      back = desk.pay(session, card);
    } catch (BrandcloudException e) {
      FacesActions.error(e);
    }
    if (back != null) {
      FacesActions.redirect(back);
    }
  }

  public void cancel() {
    FacesActions.redirect(desk.cancel(session));
  }

  public String getAmount() {
    return new Money(charge.amount(), Currency.getInstance(charge.currency()))
        .display(Locale.ENGLISH);
  }

  public TestCharge getCharge() {
    return charge;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }
}
