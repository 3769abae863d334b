package io.brandcloud.web.faces.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A plan to sell as the catalog page types it: on which connection (the first when none is chosen),
 * which provider plan, its name and the markup over the provider's cost.
 */
public class NewPlanForm implements Serializable {

  private Long connectionId;
  private String providerPlanCode;
  private String planName;
  private BigDecimal markupPercent = new BigDecimal("25");

  /** After a plan is made, the next starts on the same connection with the same markup. */
  void next() {
    planName = null;
    providerPlanCode = null;
  }

  public Long getConnectionId() {
    return connectionId;
  }

  public void setConnectionId(Long connectionId) {
    this.connectionId = connectionId;
  }

  public String getProviderPlanCode() {
    return providerPlanCode;
  }

  public void setProviderPlanCode(String providerPlanCode) {
    this.providerPlanCode = providerPlanCode;
  }

  public String getPlanName() {
    return planName;
  }

  public void setPlanName(String planName) {
    this.planName = planName;
  }

  public BigDecimal getMarkupPercent() {
    return markupPercent;
  }

  public void setMarkupPercent(BigDecimal markupPercent) {
    this.markupPercent = markupPercent;
  }
}
