package io.brandcloud.billing.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Gapless document numbers per tenant, series and year ({@code INV-2026-000123}, {@code
 * CN-2026-000007}). The upsert locks the year's counter row until the issuing transaction ends, so
 * a rolled-back batch gives its numbers back and two issuers never share one.
 */
public enum DocumentNumbers {
  INVOICE("INV", "invoice_counters"),
  CREDIT_NOTE("CN", "credit_note_counters");

  private final String prefix;
  private final String counterTable;

  DocumentNumbers(String prefix, String counterTable) {
    this.prefix = prefix;
    this.counterTable = counterTable;
  }

  /** The next {@code count} numbers of the year, in order. */
  public List<String> reserve(Connection connection, int year, int count) throws SQLException {
    if (count == 0) {
      return List.of();
    }
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO "
                + counterTable
                + " AS c (year, last_number) VALUES (?, ?) ON CONFLICT (year)"
                + " DO UPDATE SET last_number = c.last_number + EXCLUDED.last_number"
                + " RETURNING last_number")) {
      upsert.setInt(1, year);
      upsert.setInt(2, count);
      try (ResultSet row = upsert.executeQuery()) {
        row.next();
        int first = row.getInt(1) - count + 1;
        return IntStream.range(first, first + count)
            .mapToObj(n -> String.format("%s-%d-%06d", prefix, year, n))
            .toList();
      }
    }
  }
}
