package io.brandcloud.mail;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every kind of message Brandcloud sends, with the names its template may use. Every template may
 * also use {@code product} (the brand's product name) and {@code portalUrl}.
 */
public enum MessageType {
  INVITATION("organisation", "role", "link", "validDays"),
  EMAIL_VERIFICATION("name", "link", "code", "validHours"),
  PASSWORD_RESET("name", "link"),
  LOGIN_REMINDER("name", "email", "loginUrl"),
  INVOICE_ISSUED("name", "organisation", "number", "period", "total", "invoicesUrl"),
  CREDIT_NOTE_ISSUED("name", "organisation", "number", "invoiceNumber", "total", "invoicesUrl"),
  LOW_BALANCE("name", "organisation", "balance", "hours", "perHour"),
  DEBT_STARTED("name", "organisation", "balance", "graceHours"),
  SERVERS_SUSPENDED("name", "organisation", "servers", "graceHours", "retentionDays"),
  SERVERS_RESUMED("name", "organisation", "servers"),
  SERVER_DELETED("name", "organisation", "server", "retentionDays"),
  AUTO_TOP_UP_FAILED("name", "organisation", "amount", "card", "reason", "balance", "walletUrl"),
  TICKET_ANSWERED("name", "ticket", "subject", "author", "reply", "status", "ticketUrl"),
  TICKET_CLOSED("name", "ticket", "subject", "ticketUrl"),
  TICKET_NEEDS_ANSWER(
      "name", "ticket", "subject", "organisation", "author", "priority", "reply", "ticketUrl");

  static final List<String> COMMON = List.of("product", "portalUrl");

  private final List<String> variables;

  MessageType(String... own) {
    this.variables = List.copyOf(Arrays.asList(own));
  }

  /** The names this type's template may use, its own and the common ones. */
  public List<String> variables() {
    return java.util.stream.Stream.concat(variables.stream(), COMMON.stream()).toList();
  }

  /** The name on the wire and in file names, e.g. {@code invoice-issued}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static MessageType ofKey(String key) {
    return Arrays.stream(values())
        .filter(type -> type.key().equals(key))
        .findFirst()
        .orElseThrow(() -> BrandcloudException.notFound("Message type " + key));
  }
}
