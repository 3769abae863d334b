package io.brandcloud.web.faces.billing;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.subscriptions.application.ChangePreview;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Changing a subscription to another product or billing cycle: the customer chooses, sees what it
 * costs (the unused days given back, the new term, what is due, the new renewal day), and changes
 * it now or at the end of the term.
 */
@Named
@ViewScoped
public class SubscriptionChangeBacking implements Serializable {

  /** Followed by a billing cycle's name; every cycle has one (TextsTest). */
  public static final String CYCLE_TEXTS = "status.CYCLE_";

  @EJB Subscriptions subscriptions;
  @Inject CurrentUser user;
  @Inject Texts texts;
  @Inject SubscriptionsBacking list;
  @Inject MoneyFormat money;

  private SubscriptionView changing;
  // "productId:cycle", one choice of product and cycle
  private String target;
  private ChangePreview preview;

  public void start(SubscriptionView subscription) {
    changing = subscription;
    target = null;
    preview = null;
  }

  public void cancel() {
    changing = null;
    preview = null;
  }

  public void showPreview() {
    if (target == null || !target.matches("\\d{1,18}:[a-z_]{1,20}")) {
      FacesActions.error(texts.get("portal.subscriptions.chooseTarget"));
      return;
    }
    FacesActions.attempt(
        () ->
            preview =
                subscriptions.previewChange(
                    user.organisationId(),
                    changing.id(),
                    productId(),
                    cycle(),
                    !"term_end".equals(changing.changePolicy())),
        null);
  }

  public void change(boolean now) {
    if (preview == null) {
      return;
    }
    String name = changing.productName();
    if (FacesActions.attempt(
        () ->
            subscriptions.change(
                user.organisationId(),
                changing.id(),
                productId(),
                cycle(),
                now,
                now ? preview.due().amount() : null),
        texts.format(
            now ? "portal.subscriptions.changedNow" : "portal.subscriptions.changedAtEnd", name))) {
      changing = null;
      preview = null;
      list.forget();
    }
  }

  /** One product and cycle to change to: "productId:cycle", and what the customer reads. */
  public record Target(String value, String label) implements Serializable {}

  /** Every product and cycle on sale but the subscription's own. */
  public List<Target> getTargets() {
    List<Target> targets = new ArrayList<>();
    for (ProductView product : list.getOnSale()) {
      for (ProductView.PriceView price : product.prices()) {
        if (changing != null
            && product.id() == changing.productId()
            && price.cycle().equals(changing.cycle())) {
          continue;
        }
        targets.add(
            new Target(
                product.id() + ":" + price.cycle(),
                product.name()
                    + " · "
                    + texts.get(CYCLE_TEXTS + price.cycle().toUpperCase(Locale.ROOT))
                    + " · "
                    + money.show(price.amount())));
      }
    }
    return targets;
  }

  private long productId() {
    return Long.parseLong(target.substring(0, target.indexOf(':')));
  }

  private String cycle() {
    return target.substring(target.indexOf(':') + 1);
  }

  public SubscriptionView getChanging() {
    return changing;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
    this.preview = null;
  }

  public ChangePreview getPreview() {
    return preview;
  }
}
