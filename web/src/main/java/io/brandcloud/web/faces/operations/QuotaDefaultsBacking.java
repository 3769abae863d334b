package io.brandcloud.web.faces.operations;

import io.brandcloud.settings.QuotaLimits;
import io.brandcloud.settings.Quotas;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The settings page's limits for every customer without limits of their own; empty: none. */
@Named
@ViewScoped
public class QuotaDefaultsBacking implements Serializable {

  @EJB Quotas quotas;
  @Inject Texts texts;

  private Integer maxServers;
  private BigDecimal maxMonthlySpend;

  @PostConstruct
  void load() {
    FacesActions.offered(() -> show(quotas.defaults()));
  }

  public void save() {
    QuotaLimits[] saved = new QuotaLimits[1];
    if (FacesActions.attempt(
        () -> saved[0] = quotas.changeDefaults(maxServers, maxMonthlySpend),
        texts.get("admin.quotas.saved"))) {
      show(saved[0]);
    }
  }

  private void show(QuotaLimits limits) {
    maxServers = limits.maxServers();
    maxMonthlySpend = limits.maxMonthlySpend();
  }

  public Integer getMaxServers() {
    return maxServers;
  }

  public void setMaxServers(Integer maxServers) {
    this.maxServers = maxServers;
  }

  public BigDecimal getMaxMonthlySpend() {
    return maxMonthlySpend;
  }

  public void setMaxMonthlySpend(BigDecimal maxMonthlySpend) {
    this.maxMonthlySpend = maxMonthlySpend;
  }
}
