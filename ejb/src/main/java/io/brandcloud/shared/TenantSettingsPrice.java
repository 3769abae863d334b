package io.brandcloud.shared;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of the tenant's prices for what it sells on top of servers, kept in a column of its settings
 * row: empty (null) while the thing is not sold.
 */
public final class TenantSettingsPrice {

  private static final Pattern COLUMN = Pattern.compile("[a-z0-9_]+_price");

  private final String read;
  private final String write;

  /** The price in {@code column} of {@code tenant_settings}. */
  public TenantSettingsPrice(String column) {
    if (!COLUMN.matcher(column).matches()) {
      throw new IllegalArgumentException("Not a price column: " + column);
    }
    this.read = "SELECT " + column + " FROM tenant_settings WHERE id = 1";
    this.write = "UPDATE tenant_settings SET " + column + " = CAST(?1 AS NUMERIC) WHERE id = 1";
  }

  public Optional<BigDecimal> read(EntityManager em) {
    List<?> rows = em.createNativeQuery(read).getResultList();
    return rows.stream().filter(Objects::nonNull).map(BigDecimal.class::cast).findFirst();
  }

  /** Stores the price; null: no longer sold. */
  public void write(EntityManager em, BigDecimal price) {
    em.createNativeQuery(write).setParameter(1, price).executeUpdate();
  }
}
