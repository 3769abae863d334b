package io.brandcloud.catalog.domain;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A question a product asks when it is ordered. */
@Entity
@Table(name = "product_fields")
public class ProductField {

  static final int MAX_ANSWER = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id", nullable = false)
  private long productId;

  @Column(nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FieldKind kind;

  @Column(nullable = false)
  private String choices;

  @Column(nullable = false)
  private boolean required;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "on_invoice", nullable = false)
  private boolean onInvoice;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ProductField() {}

  public ProductField(
      long productId,
      String label,
      FieldKind kind,
      List<String> choices,
      boolean required,
      boolean onInvoice,
      Instant now) {
    this.productId = productId;
    this.label = label;
    this.kind = kind;
    this.choices = String.join("\n", choices);
    this.required = required;
    this.onInvoice = onInvoice;
    this.active = true;
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public String label() {
    return label;
  }

  public FieldKind kind() {
    return kind;
  }

  public List<String> choices() {
    return choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
  }

  public boolean required() {
    return required;
  }

  /** Whether its answer is printed on the subscription's invoices. */
  public boolean onInvoice() {
    return onInvoice;
  }

  public boolean active() {
    return active;
  }

  public void retire() {
    this.active = false;
  }

  /**
   * The answer as it is kept, checked against the question: a required one is there, a choice is
   * one of the options, a checkbox is {@code true} or {@code false}; empty when none was given.
   */
  public String check(String given) {
    String field = "fields." + id;
    String answer = given == null ? "" : given.strip();
    if (kind == FieldKind.CHECKBOX) {
      if (!answer.isEmpty() && !answer.equals("true") && !answer.equals("false")) {
        throw BrandcloudException.invalid(field, label + " is true or false");
      }
      answer = answer.equals("true") ? "true" : "";
    }
    if (answer.isEmpty()) {
      if (required) {
        throw BrandcloudException.invalid(field, label + " is required");
      }
      return "";
    }
    if (kind == FieldKind.CHOICE && !choices().contains(answer)) {
      throw BrandcloudException.invalid(
          field, label + " is one of " + String.join(", ", choices()));
    }
    return Validation.requireText(field, answer, MAX_ANSWER);
  }
}
