package io.brandcloud.shared;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows turned into one typed array per column, so that one {@code INSERT … SELECT * FROM unnest(?,
 * ?, …)} writes them all: a single round trip for any number of rows.
 */
public final class UnnestColumns {
  private final Connection connection;
  private final List<String> types = new ArrayList<>();
  private final List<List<Object>> values = new ArrayList<>();
  private int column;
  private int rows;

  public UnnestColumns(Connection connection) {
    this.connection = connection;
  }

  public UnnestColumns add(String type, Object value) {
    if (rows == 0) {
      types.add(type);
      values.add(new ArrayList<>());
    }
    values.get(column++).add(sqlValue(value));
    return this;
  }

  private static Object sqlValue(Object value) {
    if (value instanceof LocalDate date) {
      return Date.valueOf(date);
    }
    if (value instanceof Instant instant) {
      return Timestamp.from(instant);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value;
  }

  public void endRow() {
    rows++;
    column = 0;
  }

  public boolean isEmpty() {
    return rows == 0;
  }

  /** Binds the columns from {@code index} on; returns the next free index. */
  public int bind(PreparedStatement statement, int index) throws SQLException {
    for (int i = 0; i < types.size(); i++) {
      statement.setArray(
          index + i, connection.createArrayOf(types.get(i), values.get(i).toArray()));
    }
    return index + types.size();
  }

  public void insert(String sql) throws SQLException {
    if (isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      bind(insert, 1);
      insert.executeUpdate();
    }
  }
}
