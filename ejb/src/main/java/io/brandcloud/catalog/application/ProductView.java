package io.brandcloud.catalog.application;

import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/** A product with what each of its billing cycles sells at now. */
public record ProductView(
    long id,
    String kind,
    String name,
    String description,
    String group,
    boolean active,
    List<PriceView> prices)
    implements Serializable {

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

  static ProductView of(Product product, List<ProductPrice> prices, Currency currency) {
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
            .toList());
  }
}
