package io.brandcloud.mail;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every kind of message Brandcloud sends, with the names its template may use. Every template may
 * also use {@code product} (the brand's product name) and {@code portalUrl}.
 */
public enum MessageType {
  INVITATION(Set.of("link"), "organisation", "role", "link", "validDays"),
  EMAIL_VERIFICATION(Set.of("link", "code"), "name", "link", "code", "validHours"),
  PASSWORD_RESET(Set.of("link"), "name", "link"),
  LOGIN_REMINDER("name", "email", "loginUrl"),
  EMAIL_CHANGE(Set.of("link"), "name", "email", "link", "validHours"),
  EMAIL_CHANGE_REQUESTED("name", "email", "accountUrl"),
  INVOICE_ISSUED("name", "organisation", "number", "period", "total", "invoicesUrl"),
  CREDIT_NOTE_ISSUED("name", "organisation", "number", "invoiceNumber", "total", "invoicesUrl"),
  LOW_BALANCE("name", "organisation", "balance", "hours", "perHour"),
  DEBT_STARTED("name", "organisation", "balance", "graceHours"),
  SERVERS_SUSPENDED("name", "organisation", "servers", "graceHours", "retentionDays"),
  SERVERS_RESUMED("name", "organisation", "servers"),
  SERVER_DELETED("name", "organisation", "server", "retentionDays"),
  SUBSCRIPTION_PAST_DUE("name", "organisation", "subscription", "amount", "graceHours"),
  SUBSCRIPTION_SUSPENDED("name", "organisation", "subscription", "retentionDays"),
  SUBSCRIPTION_ENDED_UNPAID("name", "organisation", "subscription"),
  SUBSCRIPTION_PRICE_CHANGE("name", "organisation", "subscription", "oldPrice", "newPrice", "from"),
  SUBSCRIPTION_RENEWAL_INVOICE(
      "name", "organisation", "subscription", "number", "total", "dueOn", "invoicesUrl"),
  INVOICE_DUE_SOON("name", "organisation", "number", "total", "dueOn", "invoicesUrl"),
  INVOICE_DUE("name", "organisation", "number", "total", "dueOn", "invoicesUrl"),
  INVOICE_OVERDUE("name", "organisation", "number", "total", "dueOn", "invoicesUrl"),
  TRANSFER_NEARLY_USED("name", "organisation", "used", "included", "percent", "projected"),
  TRANSFER_USED_UP("name", "organisation", "used", "included", "percent", "projected"),
  AUTO_TOP_UP_FAILED("name", "organisation", "amount", "card", "reason", "balance", "walletUrl"),
  WALLET_CREDITED("name", "organisation", "amount", "reason", "balance", "walletUrl"),
  WALLET_DEBITED("name", "organisation", "amount", "reason", "balance", "walletUrl"),
  PAYMENT_RECEIVED("name", "organisation", "amount", "method", "balance", "walletUrl"),
  PAYMENT_REFUNDED("name", "organisation", "amount", "method", "balance", "walletUrl"),
  SERVER_READY("name", "organisation", "server", "addresses", "serverUrl"),
  WEBHOOK_SWITCHED_OFF("name", "organisation", "endpoint", "since", "error", "webhooksUrl"),
  TICKET_ANSWERED("name", "ticket", "subject", "author", "reply", "status", "ticketUrl"),
  ORGANISATION_CLOSED("name", "organisation", "refunded", "kept"),
  DATA_EXPORT_READY(Set.of("link"), "name", "link", "validDays", "size"),
  ERASURE_CONFIRMATION(Set.of("link"), "name", "link", "validHours"),
  TICKET_CLOSED("name", "ticket", "subject", "ticketUrl"),
  ACCOUNT_REVIEW_PASSED("name"),
  ORDER_DECLINED("name", "organisation", "server"),
  VISITOR_MESSAGE_RECEIVED("ticket", "writingBack"),
  VISITOR_TICKET_ANSWERED("name", "ticket", "subject", "author", "reply", "writingBack"),
  TICKET_NEEDS_ANSWER(
      "name",
      "ticket",
      "subject",
      "organisation",
      "author",
      "writer",
      "priority",
      "reply",
      "ticketUrl");

  static final List<String> COMMON = List.of("product", "portalUrl");

  /**
   * Besides those with a secret: what a person must get whatever they chose, since it is about
   * their account itself, or goes to someone without one.
   */
  private static final Set<MessageType> ALWAYS_MAILED =
      java.util.EnumSet.of(
          LOGIN_REMINDER,
          EMAIL_CHANGE_REQUESTED,
          ORGANISATION_CLOSED,
          VISITOR_MESSAGE_RECEIVED,
          VISITOR_TICKET_ANSWERED);

  /** What every copy but the recipient's shows instead of a secret. */
  public static final String HIDDEN = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

  private final Set<String> secrets;
  private final List<String> variables;

  MessageType(String... own) {
    this(Set.of(), own);
  }

  MessageType(Set<String> secrets, String... own) {
    this.secrets = secrets;
    this.variables = List.copyOf(Arrays.asList(own));
  }

  /**
   * Whether the message carries something that opens its recipient's account (a link or a code),
   * which nobody else may read.
   */
  public boolean hasSecrets() {
    return !secrets.isEmpty();
  }

  /**
   * Whether it is mailed whatever its recipient chose, and never kept as a notification: it opens
   * an account or proves who someone is, or is about the account itself.
   */
  public boolean alwaysMailed() {
    return hasSecrets() || ALWAYS_MAILED.contains(this);
  }

  /** Whether only staff receive it. */
  public boolean toStaff() {
    return this == TICKET_NEEDS_ANSWER;
  }

  /** The values with every secret replaced by {@link #HIDDEN}: the copy others may read. */
  public Map<String, ?> withSecretsHidden(Map<String, ?> values) {
    Map<String, Object> hidden = new LinkedHashMap<>(values);
    secrets.forEach(name -> hidden.computeIfPresent(name, (key, value) -> HIDDEN));
    return hidden;
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
