package io.brandcloud.billing.infrastructure;

import jakarta.persistence.EntityManager;

/**
 * Gapless invoice numbers per tenant and year. The upsert locks the year's counter row until the
 * issuing transaction ends, so a rolled-back invoice gives its number back and two issuers never
 * share one.
 */
public final class InvoiceNumbers {

  private InvoiceNumbers() {}

  public static String next(EntityManager em, int year) {
    Number number =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO invoice_counters (year, last_number) VALUES (?1, 1) ON CONFLICT (year)"
                        + " DO UPDATE SET last_number = invoice_counters.last_number + 1"
                        + " RETURNING last_number")
                .setParameter(1, year)
                .getSingleResult();
    return String.format("INV-%d-%06d", year, number.intValue());
  }
}
