package io.brandcloud.catalog.application;

import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductField;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A product with what each of its billing cycles sells at now, for a licence product how many keys
 * are left, the questions it asks at order, and when its subscriptions change and cancel ({@code
 * any}: as the customer chooses, {@code now}, {@code term_end}); a server product names the plan it
 * sells.
 */
public record ProductView(
    long id,
    String kind,
    String name,
    String description,
    String group,
    boolean active,
    List<PriceView> prices,
    LicenceStock stock,
    List<FieldView> fields,
    String changePolicy,
    String cancelPolicy,
    Long planId)
    implements Serializable {

  /** A cloud server paid by the term: its subscription drives a server on the plan. */
  public boolean server() {
    return planId != null;
  }

  /** A licence product with no key left: it takes no orders until staff upload more. */
  public boolean soldOut() {
    return stock != null && stock.available() == 0;
  }

  /** What a cycle of a product sells at: a version of its price. */
  public record PriceView(
      long id, String cycle, int version, Money amount, Money setupFee, int trialDays)
      implements Serializable {

    static PriceView of(ProductPrice price, Currency currency) {
      return new PriceView(
          price.id(),
          price.cycle().wireName(),
          price.version(),
          price.amount(currency),
          price.setupFee(currency),
          price.trialDays());
    }
  }

  static ProductView of(
      Product product,
      List<ProductPrice> prices,
      LicenceStock stock,
      List<ProductField> fields,
      Currency currency) {
    return new ProductView(
        product.id(),
        product.kind().wireName(),
        product.name(),
        product.description(),
        product.group(),
        product.active(),
        prices.stream()
            .filter(p -> p.productId() == product.id())
            .sorted(Comparator.comparing(ProductPrice::cycle))
            .map(p -> PriceView.of(p, currency))
            .toList(),
        product.kind() == ProductKind.LICENCE ? stock : null,
        fields.stream().filter(f -> f.productId() == product.id()).map(FieldView::of).toList(),
        product.changePolicy().wireName(),
        product.cancelPolicy().wireName(),
        product.planId().orElse(null));
  }
}
