package io.brandcloud.web.faces.promotions;

import io.brandcloud.promotions.application.CouponDraft;
import io.brandcloud.tenancy.CurrentTenant;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new coupon as the coupons page types it: a percentage or an amount off, after its kind; the
 * first and last day it may be used, in the tenant's time zone.
 */
public class CouponForm implements Serializable {

  private String code;
  private String description;
  private String kind = "percent";
  private BigDecimal percent;
  private BigDecimal amount;
  private String duration = "once";
  private Integer cycles;
  private List<Long> productIds = new ArrayList<>();
  private List<String> billingCycles = new ArrayList<>();
  private boolean newCustomersOnly;
  private boolean stackable;
  private Integer maxRedemptions;
  private Integer maxPerCustomer = 1;
  private LocalDate startsOn;
  private LocalDate lastDay;

  CouponDraft draft() {
    return new CouponDraft(
        code,
        description,
        kind,
        "fixed".equals(kind) ? amount : percent,
        duration,
        "repeating".equals(duration) ? cycles : null,
        productIds,
        billingCycles,
        newCustomersOnly,
        maxRedemptions,
        maxPerCustomer,
        startOf(startsOn),
        lastDay == null ? null : startOf(lastDay.plusDays(1)),
        stackable);
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(CurrentTenant.require().timeZone()).toInstant();
  }

  public boolean isStackable() {
    return stackable;
  }

  public void setStackable(boolean stackable) {
    this.stackable = stackable;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getDuration() {
    return duration;
  }

  public void setDuration(String duration) {
    this.duration = duration;
  }

  public Integer getCycles() {
    return cycles;
  }

  public void setCycles(Integer cycles) {
    this.cycles = cycles;
  }

  public List<Long> getProductIds() {
    return productIds;
  }

  public void setProductIds(List<Long> productIds) {
    this.productIds = productIds == null ? new ArrayList<>() : new ArrayList<>(productIds);
  }

  public List<String> getBillingCycles() {
    return billingCycles;
  }

  public void setBillingCycles(List<String> billingCycles) {
    this.billingCycles = billingCycles == null ? new ArrayList<>() : new ArrayList<>(billingCycles);
  }

  public boolean isNewCustomersOnly() {
    return newCustomersOnly;
  }

  public void setNewCustomersOnly(boolean newCustomersOnly) {
    this.newCustomersOnly = newCustomersOnly;
  }

  public Integer getMaxRedemptions() {
    return maxRedemptions;
  }

  public void setMaxRedemptions(Integer maxRedemptions) {
    this.maxRedemptions = maxRedemptions;
  }

  public Integer getMaxPerCustomer() {
    return maxPerCustomer;
  }

  public void setMaxPerCustomer(Integer maxPerCustomer) {
    this.maxPerCustomer = maxPerCustomer;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }
}
