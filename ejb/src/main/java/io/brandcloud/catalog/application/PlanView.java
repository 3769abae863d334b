package io.brandcloud.catalog.application;

import io.brandcloud.catalog.domain.Plan;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/** A plan with the prices customers see. */
public record PlanView(
    long id,
    String name,
    long connectionId,
    String providerPlanCode,
    Money providerMonthlyCost,
    BigDecimal markupPercent,
    Money monthlyPrice,
    Money hourlyPrice,
    boolean active,
    Money backupMonthlyPrice)
    implements Serializable {

  /** The hourly price of a server on this plan, with or without the backup add-on. */
  public Money hourlyPriceFor(boolean withBackup) {
    if (!withBackup || backupMonthlyPrice == null) {
      return hourlyPrice;
    }
    return hourlyPrice.plus(
        io.brandcloud.catalog.domain.HourlyRate.fromMonthly(backupMonthlyPrice));
  }

  /** What a whole month (730 hours) of a server on this plan costs, with or without backups. */
  public Money monthlyPriceFor(boolean withBackup) {
    if (!withBackup || backupMonthlyPrice == null) {
      return monthlyPrice;
    }
    return monthlyPrice.plus(backupMonthlyPrice);
  }

  public static PlanView of(Plan plan) {
    return new PlanView(
        plan.id(),
        plan.name(),
        plan.connectionId(),
        plan.providerPlanCode(),
        plan.providerMonthlyCost(),
        plan.markupPercent(),
        plan.monthlyPrice(),
        plan.hourlyPrice(),
        plan.active(),
        plan.backupMonthlyPrice().orElse(null));
  }
}
