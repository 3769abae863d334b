package io.brandcloud.privacy.domain;

import java.util.regex.Pattern;

/**
 * File names inside the archive: what an invoice number or an uploaded name holds beyond letters,
 * digits, dots, dashes and underscores becomes an underscore, and every name has a prefix of its
 * own, so no entry leaves its folder.
 */
public final class ArchiveNames {

  /** The same rule in SQL, for the paths the JSON files name. */
  public static final String SQL_PATTERN = "[^A-Za-z0-9._-]";

  private static final Pattern UNSAFE = Pattern.compile(SQL_PATTERN);

  private ArchiveNames() {}

  public static String safe(String name) {
    return UNSAFE.matcher(name).replaceAll("_");
  }

  public static String invoicePdf(String number) {
    return "invoices/" + safe(number) + ".pdf";
  }

  public static String creditNotePdf(String number) {
    return "credit-notes/" + safe(number) + ".pdf";
  }
}
