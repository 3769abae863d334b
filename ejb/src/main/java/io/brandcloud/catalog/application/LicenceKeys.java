package io.brandcloud.catalog.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.domain.LicencePool;
import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PlainText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pool of keys a licence product delivers: staff upload them, one per line; each order takes
 * one, and a product with none left is sold out. Staff see how many are left, never the keys.
 */
@Stateless
public class LicenceKeys {

  static final int MAX_PER_UPLOAD = 1000;
  static final int MAX_LENGTH = 500;

  @Inject LicencePool pool;
  @Inject ProductRepository products;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /** What an upload did: keys added, keys the pool held already, and keys free now. */
  public record Upload(int added, int duplicates, long available) {}

  public Upload upload(long productId, List<String> keys) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product = licence(productId);
    Set<String> checked = new LinkedHashSet<>();
    int lines = 0;
    for (String line : keys == null ? List.<String>of() : keys) {
      String key = line == null ? "" : line.strip();
      if (key.isEmpty()) {
        continue;
      }
      lines++;
      if (key.length() > MAX_LENGTH || !PlainText.escapeForbidden(key, false).equals(key)) {
        throw BrandcloudException.invalid(
            "keys",
            "Key " + lines + " is not a key: up to " + MAX_LENGTH + " printable characters");
      }
      checked.add(key);
    }
    if (lines == 0 || lines > MAX_PER_UPLOAD) {
      throw BrandcloudException.invalid(
          "keys", "Upload 1 to " + MAX_PER_UPLOAD + " keys, one per line");
    }
    products.findForUpdate(productId);
    int added = pool.add(productId, List.copyOf(checked), clock.now());
    audit.record(null, "licence.keys_added", "product " + productId, added + " keys");
    return new Upload(added, lines - added, stock(product).available());
  }

  public LicenceStock stock(long productId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return stock(licence(productId));
  }

  private LicenceStock stock(Product product) {
    return pool.stock(List.of(product.id())).getOrDefault(product.id(), LicenceStock.NONE);
  }

  private Product licence(long productId) {
    Product product =
        products
            .find(productId)
            .orElseThrow(() -> BrandcloudException.notFound("Product " + productId));
    if (product.kind() != ProductKind.LICENCE) {
      throw BrandcloudException.invalid("productId", "Only a licence product has keys");
    }
    return product;
  }
}
