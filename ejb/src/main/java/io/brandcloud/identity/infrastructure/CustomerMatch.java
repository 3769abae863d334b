package io.brandcloud.identity.infrastructure;

/**
 * How staff find a customer, in SQL over {@code organisations o}: by its name, a member's name or
 * e-mail, a server's host name (any part of each) or address (whole). The customers list and its
 * export match alike.
 */
public final class CustomerMatch {

  private CustomerMatch() {}

  /**
   * The condition, with the {@link #contains} pattern at parameter {@code pattern} and the text as
   * typed at {@code exact}.
   */
  public static String condition(int pattern, int exact) {
    String like = "?" + pattern;
    String whole = "?" + exact;
    return "(o.name ILIKE "
        + like
        + " OR EXISTS (SELECT 1 FROM organisation_members mm JOIN users uu ON uu.id = mm.user_id"
        + "   WHERE mm.organisation_id = o.id AND (uu.email ILIKE "
        + like
        + " OR uu.display_name ILIKE "
        + like
        + "))"
        + " OR EXISTS (SELECT 1 FROM servers s WHERE s.organisation_id = o.id"
        + "   AND (s.hostname ILIKE "
        + like
        + " OR s.ipv4 = "
        + whole
        + " OR s.ipv6 = lower("
        + whole
        + "))))";
  }

  /** The text as a pattern that finds it anywhere, its own wildcards taken literally. */
  public static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
