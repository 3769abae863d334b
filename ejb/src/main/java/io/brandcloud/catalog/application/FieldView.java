package io.brandcloud.catalog.application;

import io.brandcloud.catalog.domain.ProductField;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A question a product asks at order: {@code kind} is text, choice or checkbox; {@code onInvoice}
 * prints its answer on the subscription's invoices.
 */
public record FieldView(
    long id, String label, String kind, List<String> choices, boolean required, boolean onInvoice)
    implements Serializable {

  static FieldView of(ProductField field) {
    return new FieldView(
        field.id(),
        field.label(),
        field.kind().name().toLowerCase(Locale.ROOT),
        field.choices(),
        field.required(),
        field.onInvoice());
  }
}
