package io.brandcloud.webhooks.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The events an endpoint can ask for, as the database triggers name them, and the patterns that
 * select them: a name ({@code invoice.paid}), a family ({@code invoice.*}) or everything ({@code
 * *}).
 */
public final class WebhookEventTypes {

  public static final List<String> ALL =
      List.of(
          "server.created",
          "server.provisioning",
          "server.running",
          "server.stopped",
          "server.suspended",
          "server.terminated",
          "server.failed",
          "invoice.issued",
          "invoice.paid",
          "invoice.voided",
          "payment.succeeded",
          "payment.failed",
          "payment.cancelled",
          "payment.refunded",
          "ticket.created",
          "ticket.replied",
          "ticket.closed",
          "ticket.reopened",
          "subscription.created",
          "subscription.active",
          "subscription.renewed",
          "subscription.past_due",
          "subscription.suspended",
          "subscription.cancelled",
          "subscription.ended");

  public static final List<String> FAMILIES =
      List.of("server", "invoice", "payment", "ticket", "subscription");

  /**
   * Heard only by the tenant's own endpoints (staff), never by an organisation's: a customer who
   * signed up, and a sign-up, order or top-up held for fraud review.
   */
  public static final List<String> STAFF_ONLY = List.of("customer.signed_up", "fraud.held");

  public static final List<String> STAFF_FAMILIES = List.of("customer", "fraud");

  /** Sent only when someone asks for a test delivery; no endpoint subscribes to it. */
  public static final String PING = "webhook.ping";

  public static final String EVERYTHING = "*";

  private static final int MAX_PATTERNS =
      ALL.size() + FAMILIES.size() + STAFF_ONLY.size() + STAFF_FAMILIES.size() + 1;

  private WebhookEventTypes() {}

  /** The events an endpoint of the tenant's staff ({@code staff}) or of an organisation hears. */
  public static List<String> all(boolean staff) {
    return staff ? concat(ALL, STAFF_ONLY) : ALL;
  }

  public static List<String> families(boolean staff) {
    return staff ? concat(FAMILIES, STAFF_FAMILIES) : FAMILIES;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new java.util.ArrayList<>(first);
    both.addAll(second);
    return List.copyOf(both);
  }

  /**
   * The patterns, checked, without repeats and in order; at least one. An organisation's endpoint
   * ({@code staff} false) cannot name the staff's events.
   */
  public static List<String> requireValid(
      String field, Collection<String> patterns, boolean staff) {
    if (patterns == null || patterns.isEmpty()) {
      throw BrandcloudException.invalid(field, "Choose at least one event type");
    }
    if (patterns.size() > MAX_PATTERNS) {
      throw BrandcloudException.invalid(field, "Name at most " + MAX_PATTERNS + " event types");
    }
    TreeSet<String> valid = new TreeSet<>();
    for (String pattern : patterns) {
      String name = pattern == null ? "" : pattern.strip().toLowerCase(Locale.ROOT);
      if (!isPattern(name, staff)) {
        throw BrandcloudException.invalid(
            field,
            "'"
                + pattern
                + "' is not an event type: name one such as invoice.paid, a family such as"
                + " server.* or * for all");
      }
      valid.add(name);
    }
    return List.copyOf(valid);
  }

  static boolean isPattern(String name, boolean staff) {
    return EVERYTHING.equals(name)
        || all(staff).contains(name)
        || (name.endsWith(".*") && families(staff).contains(name.substring(0, name.length() - 2)));
  }

  /** Whether an endpoint asking for {@code patterns} hears {@code type}. */
  public static boolean matches(Collection<String> patterns, String type) {
    return patterns.contains(EVERYTHING)
        || patterns.contains(type)
        || patterns.contains(type.substring(0, type.indexOf('.')) + ".*");
  }
}
