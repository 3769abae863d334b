package io.brandcloud.web.faces.fraud;

import io.brandcloud.fraud.application.FraudReviews;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.CheckFilter;
import io.brandcloud.fraud.domain.CheckView;
import io.brandcloud.fraud.domain.ReviewStatus;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The review queue: held checks, pending first by default; one chosen to read its signals and to
 * approve, deny with a reason, or block what it came from.
 */
@Named
@ViewScoped
public class FraudQueueBacking implements Serializable {

  @EJB FraudReviews reviews;
  @Inject Texts texts;

  private CheckFilter filter = CheckFilter.PENDING;
  private final PagedModel<CheckView> checks =
      new PagedModel<>(page -> reviews.checks(filter, page), row -> String.valueOf(row.id()));
  private CheckView chosen;
  private String reason;

  public PagedModel<CheckView> getChecks() {
    return checks;
  }

  public void choose(CheckView row) {
    chosen = row;
    reason = null;
  }

  public void approve() {
    decide(true);
  }

  public void deny() {
    decide(false);
  }

  private void decide(boolean approve) {
    if (chosen == null) {
      return;
    }
    long id = chosen.id();
    String why = reason;
    FacesActions.attempt(
        () -> chosen = approve ? reviews.approve(id, why) : reviews.deny(id, why),
        texts.get(approve ? "admin.fraud.approved" : "admin.fraud.denied"));
    reason = null;
  }

  public void blockEmail() {
    block(BlockKind.EMAIL, chosen == null ? null : chosen.email());
  }

  public void blockDomain() {
    block(
        BlockKind.DOMAIN,
        chosen == null ? null : chosen.email().substring(chosen.email().lastIndexOf('@') + 1));
  }

  public void blockAddress() {
    block(BlockKind.ADDRESS, chosen == null ? null : chosen.clientAddress());
  }

  public void blockNetwork() {
    block(BlockKind.ADDRESS, chosen == null ? null : chosen.network());
  }

  public void blockCard() {
    block(BlockKind.CARD, chosen == null ? null : chosen.cardFingerprint());
  }

  private void block(BlockKind kind, String value) {
    if (value == null) {
      return;
    }
    String why = Optional.ofNullable(reason).filter(r -> !r.isBlank()).orElse(null);
    try {
      reviews.block(kind, value, why);
      FacesActions.info(texts.format("admin.fraud.blocked", value));
    } catch (BrandcloudException e) {
      FacesActions.error(e);
    }
  }

  public boolean isChosen() {
    return chosen != null;
  }

  public boolean isPending() {
    return chosen != null && chosen.status() == ReviewStatus.PENDING;
  }

  public CheckView getCheck() {
    return chosen;
  }

  public CheckFilter getFilter() {
    return filter;
  }

  public void setFilter(CheckFilter filter) {
    this.filter = filter == null ? CheckFilter.PENDING : filter;
  }

  public CheckFilter[] getFilters() {
    return CheckFilter.values();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
