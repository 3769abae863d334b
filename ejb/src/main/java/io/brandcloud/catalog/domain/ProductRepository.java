package io.brandcloud.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's products and every version of their prices. */
public interface ProductRepository {

  void add(Product product);

  Optional<Product> find(long productId);

  /** The product, locked until the transaction ends: its prices change one at a time. */
  Optional<Product> findForUpdate(long productId);

  /** Closes the price a cycle sells at now; answers its version, 0 where there was none. */
  int closeCurrentPrice(long productId, BillingCycle cycle, Instant at);

  /** Every product, offered first, by group and name. */
  List<Product> all();

  boolean nameTaken(String name, Long exceptProductId);

  void addPrice(ProductPrice price);

  Optional<ProductPrice> price(long priceId);

  /** The price a cycle sells at now, held against a change of it until the transaction ends. */
  Optional<ProductPrice> currentPrice(long productId, BillingCycle cycle);

  void addField(ProductField field);

  Optional<ProductField> field(long fieldId);

  /** The questions the products ask at order now, in the order staff added them. */
  List<ProductField> activeFields(List<Long> productIds);

  /** The prices each product sells at now, by product. */
  List<ProductPrice> currentPrices(List<Long> productIds);
}
