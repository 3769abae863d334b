package io.brandcloud.mail;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.notifications.application.NotificationInbox;
import io.brandcloud.notifications.domain.NewNotification;
import io.brandcloud.notifications.domain.Recipient;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.SubjectMark;
import io.brandcloud.shared.UnnestColumns;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Writes mail into the current tenant's outbox in the caller's transaction, and flags the tenant in
 * {@code platform.mail_due} in the same transaction so the dispatcher finds it.
 */
@Stateless
public class MailOutbox {

  /** The length of {@code mail_outbox.subject}. */
  static final int SUBJECT_MAX = 300;

  /** The values that link to what a message is about, the most particular first. */
  private static final List<String> NOTIFICATION_LINKS =
      List.of("serverUrl", "ticketUrl", "invoicesUrl", "walletUrl", "webhooksUrl", "accountUrl");

  @PersistenceContext EntityManager em;
  @Inject NotificationInbox inbox;
  @EJB MessageTemplates templates;
  @Inject LocalMailDrop drop;

  /** One mail of {@code type} to {@code recipient}, rendered from the tenant's template. */
  public void send(MessageType type, String recipient, Map<String, ?> values) {
    sendAll(type, List.of(new Addressed(recipient, values)));
  }

  /** As {@link #send}, with answers routed back by {@code route} when there is one. */
  public void send(
      MessageType type, String recipient, Map<String, ?> values, Optional<ReplyRoute> route) {
    sendAll(type, List.of(new Addressed(recipient, values)), route);
  }

  /**
   * As {@link #send}, in {@code language} (a reader without an account, who chose it on the page
   * they wrote on); null for the recipient's chosen language or the shop's.
   */
  public void send(
      MessageType type,
      String recipient,
      Map<String, ?> values,
      Optional<ReplyRoute> route,
      Locale language) {
    sendAll(type, List.of(new Addressed(recipient, values, language)), route);
  }

  /** Many mails of {@code type}, rendered with one read of the template and written at once. */
  public void sendAll(MessageType type, List<Addressed> mails) {
    sendAll(type, mails, Optional.empty());
  }

  public void sendAll(MessageType type, List<Addressed> mails, Optional<ReplyRoute> route) {
    if (mails.isEmpty()) {
      return;
    }
    Map<String, Locale> chosen = languagesOf(mails);
    Map<String, Recipient> users =
        type.alwaysMailed()
            ? Map.of()
            : inbox.recipients(
                type.key(),
                mails.stream().map(mail -> mail.recipient().toLowerCase(Locale.ROOT)).toList());
    Map<Optional<Locale>, Function<Map<String, ?>, RenderedMessage>> renderers = new HashMap<>();
    List<OutgoingMail> outgoing = new ArrayList<>();
    List<NewNotification> kept = new ArrayList<>();
    for (Addressed mail : mails) {
      Function<Map<String, ?>, RenderedMessage> renderer =
          renderers.computeIfAbsent(
              Optional.ofNullable(
                  mail.language() != null
                      ? mail.language()
                      : chosen.get(mail.recipient().toLowerCase(Locale.ROOT))),
              language -> templates.renderer(type, language));
      RenderedMessage sent = routed(renderer.apply(mail.values()), route);
      RenderedMessage shown =
          type.hasSecrets()
              ? routed(renderer.apply(type.withSecretsHidden(mail.values())), route)
              : sent;
      Recipient user = users.get(mail.recipient().toLowerCase(Locale.ROOT));
      if (user != null && user.choice().inApp()) {
        kept.add(
            new NewNotification(
                user.userId(),
                type.key(),
                // the mark that lets an answer by mail into a ticket is no one's to read here
                SubjectMark.withoutSecrets(shown.subject()),
                linkIn(mail.values())));
      }
      if (user == null || user.choice().mail()) {
        outgoing.add(
            new OutgoingMail(
                mail.recipient(),
                shown.subject(),
                shown.body(),
                route.map(ReplyRoute::address).orElse(null),
                shown.equals(sent) ? null : sent));
      }
    }
    inbox.keep(kept);
    enqueueAll(outgoing);
  }

  /** What a message is about, as the first page it links to, for its notification. */
  private static String linkIn(Map<String, ?> values) {
    return NOTIFICATION_LINKS.stream()
        .map(values::get)
        .filter(value -> value != null && !value.toString().isBlank())
        .map(Object::toString)
        .findFirst()
        .orElse(null);
  }

  /** The portal languages the recipients who have an account here chose, by address. */
  private Map<String, Locale> languagesOf(List<Addressed> mails) {
    // users' addresses are kept in lower case
    List<String> addresses =
        mails.stream().map(mail -> mail.recipient().toLowerCase(Locale.ROOT)).distinct().toList();
    Map<String, Locale> chosen = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT email, language FROM users WHERE language IS NOT NULL"
                    + " AND email = ANY (string_to_array(?1, chr(10)))")
            .setParameter(1, String.join("\n", addresses))
            .getResultList()) {
      Object[] columns = (Object[]) row;
      chosen.put((String) columns[0], Locale.forLanguageTag((String) columns[1]));
    }
    return chosen;
  }

  private static RenderedMessage routed(RenderedMessage message, Optional<ReplyRoute> route) {
    return route
        .map(r -> new RenderedMessage(r.subject(message.subject(), SUBJECT_MAX), message.body()))
        .orElse(message);
  }

  /** A recipient and the values of their copy of a message. */
  public record Addressed(String recipient, Map<String, ?> values, Locale language) {

    public Addressed(String recipient, Map<String, ?> values) {
      this(recipient, values, null);
    }
  }

  /** Queues an already written mail; services {@link #send} from a template instead. */
  public void enqueue(String recipient, String subject, String body) {
    enqueueAll(List.of(new OutgoingMail(recipient, subject, body)));
  }

  /** Writes many mails with one statement, in the caller's transaction. */
  public void enqueueAll(List<OutgoingMail> mails) {
    if (mails.isEmpty()) {
      return;
    }
    String status = newMailStatus();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              UnnestColumns columns = new UnnestColumns(connection);
              for (OutgoingMail mail : mails) {
                columns
                    .add("varchar", mail.recipient())
                    .add("varchar", mail.subject())
                    .add("text", mail.body())
                    .add("varchar", mail.replyTo())
                    .add("text", RecipientsCopy.sealedText(mail.recipient(), mail.recipientsCopy()))
                    .endRow();
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO mail_outbox (recipient, subject, body, reply_to,"
                          + " recipients_copy, status, next_attempt_at, created_at)"
                          + " SELECT u.recipient, u.subject, u.body, u.reply_to,"
                          + " decode(u.copy, 'base64'), ?, now(), now()"
                          + " FROM unnest(?, ?, ?, ?, ?) AS u(recipient, subject, body, reply_to, copy)")) {
                insert.setString(1, status);
                columns.bind(insert, 2);
                insert.executeUpdate();
              }
            });
    flagDue();
    if (MailDelivery.configured() == MailDelivery.LOCAL) {
      drop.keepAfterCommit(mails);
    }
  }

  /** The status new mail gets: waiting for SMTP, or kept in the local outbox. */
  public String newMailStatus() {
    return MailDelivery.configured() == MailDelivery.SMTP ? "PENDING" : "LOCAL";
  }

  /**
   * Tells the dispatcher the current tenant has mail waiting; for callers that insert outbox rows
   * in bulk themselves, in the same transaction.
   */
  public void flagDue() {
    if (MailDelivery.configured() == MailDelivery.SMTP) {
      em.createNativeQuery(
              "INSERT INTO platform.mail_due (tenant_id, due_at, version) VALUES (?1, now(), 1)"
                  + " ON CONFLICT (tenant_id) DO UPDATE SET due_at = LEAST(mail_due.due_at,"
                  + " EXCLUDED.due_at), version = mail_due.version + 1")
          .setParameter(1, CurrentTenant.require().tenantId())
          .executeUpdate();
    }
  }

  /**
   * The tenant's mail as staff may read it: links and codes that open someone's account are hidden
   * (only their recipient reads them, in {@link #mine}).
   */
  public Page<OutboxMail> recent(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.OUTBOX_VIEW);
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM mail_outbox",
        "SELECT " + COLUMNS + " FROM mail_outbox ORDER BY created_at DESC, id DESC",
        r -> row(r, false));
  }

  /**
   * The mail sent to the caller's own address, whole: for a user who logged in with their password
   * themselves (not an API key, not staff acting as them), since these mails may open the account.
   */
  public Page<OutboxMail> mine(PageRequest page) {
    Caller caller = CurrentCaller.require();
    if (caller.kind() != Caller.Kind.USER) {
      throw new BrandcloudException(ErrorCode.INTERACTIVE_LOGIN_REQUIRED, "Reading your mail");
    }
    if (caller.impersonator() != null) {
      throw new BrandcloudException(ErrorCode.NOT_WHILE_IMPERSONATING, "Reading your mail");
    }
    String own = caller.name().toLowerCase(Locale.ROOT);
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM mail_outbox WHERE lower(recipient) = ?1",
        "SELECT "
            + COLUMNS
            + " FROM mail_outbox WHERE lower(recipient) = ?1 ORDER BY created_at DESC, id DESC",
        r -> row(r, true),
        own);
  }

  private static final String COLUMNS =
      "id, recipient, subject, body, status, attempts, last_error, created_at, sent_at,"
          + " recipients_copy";

  private static OutboxMail row(Object[] r, boolean asRecipient) {
    String recipient = (String) r[1];
    RenderedMessage message = new RenderedMessage((String) r[2], (String) r[3]);
    if (asRecipient && r[9] != null) {
      try {
        message = RecipientsCopy.open(recipient, (byte[]) r[9]);
      } catch (RuntimeException e) {
        // sealed under another key: the copy with its secrets hidden is all there is
      }
    }
    return new OutboxMail(
        SqlValues.toLong(r[0]),
        recipient,
        SubjectMark.withoutSecrets(message.subject()),
        message.body(),
        (String) r[4],
        SqlValues.toInt(r[5]),
        (String) r[6],
        SqlValues.instant(r[7]),
        r[8] == null ? null : SqlValues.instant(r[8]));
  }
}
