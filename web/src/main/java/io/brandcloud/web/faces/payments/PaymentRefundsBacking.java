package io.brandcloud.web.faces.payments;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.payments.application.Refunds;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** A refund to the card from staff's payments page: billing staff, confirmed first. */
@Named
@ViewScoped
public class PaymentRefundsBacking implements Serializable {

  @EJB Refunds refunds;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private Long refundOf;
  private BigDecimal refundAmount;
  private String refundReason;

  public boolean isRefunder() {
    return user.staffMay(StaffPermission.WALLETS_MANAGE.name());
  }

  public void startRefund(Payment payment) {
    refundOf = payment.id();
    refundAmount = payment.refundable();
    refundReason = null;
  }

  public void refund() {
    if (refundOf != null
        && FacesActions.attempt(
            () -> refunds.request(refundOf, refundAmount, refundReason),
            texts.format("admin.payments.refundAsked", refundOf))) {
      refundOf = null;
    }
  }

  public Long getRefundOf() {
    return refundOf;
  }

  public BigDecimal getRefundAmount() {
    return refundAmount;
  }

  public void setRefundAmount(BigDecimal refundAmount) {
    this.refundAmount = refundAmount;
  }

  public String getRefundReason() {
    return refundReason;
  }

  public void setRefundReason(String refundReason) {
    this.refundReason = refundReason;
  }
}
