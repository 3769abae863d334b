package io.brandcloud.catalog.infrastructure;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductField;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Product product) {
    em.persist(product);
  }

  @Override
  public Optional<Product> find(long productId) {
    return Optional.ofNullable(em.find(Product.class, productId));
  }

  @Override
  public Optional<Product> findForUpdate(long productId) {
    return Optional.ofNullable(em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public int closeCurrentPrice(long productId, BillingCycle cycle, Instant at) {
    // a statement of its own, run now: the next version's insert must not meet the open row
    List<?> closed =
        em.createNativeQuery(
                "UPDATE product_prices SET valid_until = ?3 WHERE product_id = ?1 AND cycle = ?2"
                    + " AND valid_until IS NULL RETURNING version")
            .setParameter(1, productId)
            .setParameter(2, cycle.name())
            .setParameter(3, Timestamp.from(at))
            .getResultList();
    return closed.isEmpty() ? 0 : SqlValues.toInt(closed.get(0));
  }

  @Override
  public void addField(ProductField field) {
    em.persist(field);
  }

  @Override
  public Optional<ProductField> field(long fieldId) {
    return Optional.ofNullable(em.find(ProductField.class, fieldId));
  }

  @Override
  public List<ProductField> activeFields(List<Long> productIds) {
    if (productIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from ProductField f where f.productId in :products and f.active = true"
                + " order by f.id",
            ProductField.class)
        .setParameter("products", productIds)
        .getResultList();
  }

  @Override
  public List<Product> all() {
    return em.createQuery(
            "select p from Product p order by p.active desc, p.group, lower(p.name), p.id",
            Product.class)
        .getResultList();
  }

  @Override
  public boolean nameTaken(String name, Long exceptProductId) {
    return !em.createQuery(
            "select p.id from Product p where lower(p.name) = lower(:name)"
                + " and (:except is null or p.id <> :except)",
            Long.class)
        .setParameter("name", name)
        .setParameter("except", exceptProductId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addPrice(ProductPrice price) {
    em.persist(price);
  }

  @Override
  public Optional<ProductPrice> price(long priceId) {
    return Optional.ofNullable(em.find(ProductPrice.class, priceId));
  }

  @Override
  public Optional<ProductPrice> currentPrice(long productId, BillingCycle cycle) {
    return em.createQuery(
            "select p from ProductPrice p where p.productId = :product and p.cycle = :cycle"
                + " and p.validUntil is null",
            ProductPrice.class)
        .setParameter("product", productId)
        .setParameter("cycle", cycle)
        .setLockMode(LockModeType.PESSIMISTIC_READ)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ProductPrice> currentPrices(List<Long> productIds) {
    if (productIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from ProductPrice p where p.productId in :products and p.validUntil is null"
                + " order by p.productId, p.cycle",
            ProductPrice.class)
        .setParameter("products", productIds)
        .getResultList();
  }
}
