package io.brandcloud.web.faces.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a billing cycle of a product sells at, as the products page types it. */
public class PriceForm implements Serializable {

  private Long productId;
  private String cycle = "monthly";
  private BigDecimal amount;
  private BigDecimal setupFee;
  private Integer trialDays;

  void next() {
    amount = null;
    setupFee = null;
    trialDays = null;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal getSetupFee() {
    return setupFee;
  }

  public void setSetupFee(BigDecimal setupFee) {
    this.setupFee = setupFee;
  }

  public Integer getTrialDays() {
    return trialDays;
  }

  public void setTrialDays(Integer trialDays) {
    this.trialDays = trialDays;
  }
}
