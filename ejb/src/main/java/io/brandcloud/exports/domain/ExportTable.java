package io.brandcloud.exports.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The tables staff export, by the names their download addresses use. */
public enum ExportTable {
  INVOICES("invoices", "Invoices"),
  CREDIT_NOTES("credit-notes", "Credit notes"),
  LEDGER("ledger", "Ledger"),
  PAYMENTS("payments", "Payments"),
  SERVERS("servers", "Servers"),
  SUBSCRIPTIONS("subscriptions", "Subscriptions"),
  TICKETS("tickets", "Tickets"),
  CUSTOMERS("customers", "Customers");

  private final String wireName;
  private final String sheet;

  ExportTable(String wireName, String sheet) {
    this.wireName = wireName;
    this.sheet = sheet;
  }

  public String wireName() {
    return wireName;
  }

  /** The workbook sheet's name, which also names the file. */
  public String sheet() {
    return sheet;
  }

  public static ExportTable of(String wireName) {
    return Arrays.stream(values())
        .filter(table -> table.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    "table",
                    "table is one of "
                        + Arrays.stream(values())
                            .map(ExportTable::wireName)
                            .collect(Collectors.joining(", "))));
  }
}
