package io.brandcloud.web.faces.catalog;

import java.io.Serializable;

/** A product to sell as the products page types it. */
public class ProductForm implements Serializable {

  private String kind = "service";
  private String name;
  private String description;
  private String group;
  private String changePolicy = "any";
  private String cancelPolicy = "any";
  private Long planId;

  /** After a product is made, the next starts in the same group and of the same kind. */
  void next() {
    name = null;
    description = null;
  }

  /** The plan a server product sells. */
  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getChangePolicy() {
    return changePolicy;
  }

  public void setChangePolicy(String changePolicy) {
    this.changePolicy = changePolicy;
  }

  public String getCancelPolicy() {
    return cancelPolicy;
  }

  public void setCancelPolicy(String cancelPolicy) {
    this.cancelPolicy = cancelPolicy;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }
}
