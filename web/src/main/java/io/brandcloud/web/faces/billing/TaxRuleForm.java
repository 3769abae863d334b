package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.domain.TaxRule;
import java.io.Serializable;
import java.math.BigDecimal;

/** A tax rule as the taxes page types it; after one is added, the next starts from its country. */
public class TaxRuleForm implements Serializable {

  private String country;
  private String region;
  private String name;
  private BigDecimal ratePercent;
  private boolean compound;
  private boolean reverseCharge;
  private int position = 1;

  TaxRule rule() {
    return new TaxRule(country, region, name, ratePercent, compound, reverseCharge, position);
  }

  void next() {
    name = null;
    ratePercent = null;
    region = null;
    compound = false;
    reverseCharge = false;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getRatePercent() {
    return ratePercent;
  }

  public void setRatePercent(BigDecimal ratePercent) {
    this.ratePercent = ratePercent;
  }

  public boolean isCompound() {
    return compound;
  }

  public void setCompound(boolean compound) {
    this.compound = compound;
  }

  public boolean isReverseCharge() {
    return reverseCharge;
  }

  public void setReverseCharge(boolean reverseCharge) {
    this.reverseCharge = reverseCharge;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }
}
