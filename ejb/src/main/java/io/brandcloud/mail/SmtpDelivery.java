package io.brandcloud.mail;

import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends the current tenant's due mail. Rows are locked with {@code SKIP LOCKED}, so two servers
 * never send the same mail; a failure is retried after 30 s ({@code MAIL_RETRY_SECONDS}), 1 min, 2
 * min, … up to an hour, and given up (FAILED, shown to admins) after {@value #MAX_ATTEMPTS}
 * attempts.
 */
@Stateless
public class SmtpDelivery {

  static final int MAX_ATTEMPTS = 8;
  private static final int BATCH = 50;
  private static final Logger LOG = Logger.getLogger(SmtpDelivery.class);

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/mail/Brandcloud")
  Session mail;

  /** Sends what is due and leaves the tenant's flag set only if mail is still waiting. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deliverDue(long observedVersion) {
    List<?> due =
        em.createNativeQuery(
                "SELECT id, recipient, subject, body, attempts, reply_to, recipients_copy"
                    + " FROM mail_outbox"
                    + " WHERE status = 'PENDING' AND next_attempt_at <= now()"
                    + " ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, BATCH)
            .getResultList();
    for (Object row : due) {
      Object[] r = (Object[]) row;
      String recipient = (String) r[1];
      RenderedMessage message;
      try {
        message =
            r[6] == null
                ? new RenderedMessage((String) r[2], (String) r[3])
                : RecipientsCopy.open(recipient, (byte[]) r[6]);
      } catch (RuntimeException e) {
        // another key sealed it: this mail cannot be sent, the others can
        giveUp(SqlValues.toLong(r[0]), "its sealed copy does not open with this server's key");
        continue;
      }
      deliver(
          SqlValues.toLong(r[0]),
          recipient,
          message.subject(),
          message.body(),
          SqlValues.toInt(r[4]),
          (String) r[5]);
    }
    rescheduleTenant(observedVersion);
    return due.size();
  }

  private void deliver(
      long id, String recipient, String subject, String body, int attempts, String replyTo) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(sender());
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
      if (replyTo != null) {
        message.setReplyTo(InternetAddress.parse(replyTo, true));
      }
      message.setSubject(subject, "UTF-8");
      // RFC 3834: automatic answers (out of office) are not sent back to notifications
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setContent(plainAndHtml(subject, body));
      Transport.send(message);
      em.createNativeQuery(
              "UPDATE mail_outbox SET status = 'SENT', sent_at = now(),"
                  + " attempts = attempts + 1, last_error = NULL,"
                  // a mail queued before secrets were sealed is hidden once it has left
                  + " body = CASE WHEN recipients_copy IS NULL AND body LIKE '%token=%'"
                  + " THEN '"
                  + MessageType.HIDDEN
                  + "' ELSE body END WHERE id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    } catch (MessagingException | RuntimeException e) {
      int attempt = attempts + 1;
      LOG.warnf("Mail %d to %s failed (attempt %d): %s", id, recipient, attempt, e.getMessage());
      em.createNativeQuery(
              "UPDATE mail_outbox SET attempts = ?2, last_error = ?3,"
                  + " status = CASE WHEN ?2 >= ?4 THEN 'FAILED' ELSE 'PENDING' END,"
                  + " next_attempt_at = now() + LEAST(interval '1 second' * ?5 * power(2, ?2 - 1),"
                  + " interval '1 hour') WHERE id = ?1")
          .setParameter(1, id)
          .setParameter(2, attempt)
          .setParameter(
              3,
              String.valueOf(e.getMessage())
                  .substring(0, Math.min(1000, String.valueOf(e.getMessage()).length())))
          .setParameter(4, MAX_ATTEMPTS)
          .setParameter(5, firstRetrySeconds())
          .executeUpdate();
    }
  }

  /**
   * The text as written, and the same in HTML in the shop's look: mail programs show the one they
   * prefer, and the plain part is what screen readers and filters trust.
   */
  private static MimeMultipart plainAndHtml(String subject, String body) throws MessagingException {
    TenantContext tenant = CurrentTenant.require();
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(body, "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(
        HtmlMail.render(
            new RenderedMessage(subject, body), tenant.brand(), PublicUrls.portal(tenant)),
        "UTF-8",
        "html");
    return new MimeMultipart("alternative", plain, html);
  }

  /**
   * How long after a failure the first retry waits ({@code MAIL_RETRY_SECONDS}, default 30); each
   * later one waits twice as long.
   */
  static int firstRetrySeconds() {
    String configured = System.getenv("MAIL_RETRY_SECONDS");
    try {
      return configured == null ? 30 : Math.max(1, Integer.parseInt(configured.strip()));
    } catch (NumberFormatException e) {
      return 30;
    }
  }

  private void giveUp(long id, String why) {
    LOG.warnf("Mail %d is given up: %s", id, why);
    em.createNativeQuery("UPDATE mail_outbox SET status = 'FAILED', last_error = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, why)
        .executeUpdate();
  }

  /**
   * The platform's sending address under the name of the shop the mail comes from (its product's,
   * or the one its admin chose): readers see "Acme Cloud", not a white-label panel's address alone.
   */
  private InternetAddress sender() throws MessagingException {
    String configured = mail.getProperty("mail.from");
    // as setFrom() did: the configured address (a wrong one says why), else the session's user@host
    InternetAddress platform =
        configured == null
            ? InternetAddress.getLocalAddress(mail)
            : new InternetAddress(configured, true);
    if (platform == null) {
      throw new MessagingException("The mail session names no sender (mail.from)");
    }
    try {
      return new InternetAddress(
          platform.getAddress(), CurrentTenant.require().brand().senderName(), "UTF-8");
    } catch (UnsupportedEncodingException noUtf8) {
      throw new IllegalStateException("Every Java has UTF-8", noUtf8);
    }
  }

  /**
   * Moves the tenant's flag to its next pending mail, or removes it when none is left; a flag that
   * a new mail bumped meanwhile is left alone (it is due now anyway).
   */
  private void rescheduleTenant(long observedVersion) {
    long tenant = CurrentTenant.require().tenantId();
    int updated =
        em.createNativeQuery(
                "UPDATE platform.mail_due SET due_at = next.due FROM (SELECT min(next_attempt_at)"
                    + " AS due FROM mail_outbox WHERE status = 'PENDING') next"
                    + " WHERE tenant_id = ?1 AND version = ?2 AND next.due IS NOT NULL")
            .setParameter(1, tenant)
            .setParameter(2, observedVersion)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "DELETE FROM platform.mail_due WHERE tenant_id = ?1 AND version = ?2"
                  + " AND NOT EXISTS (SELECT 1 FROM mail_outbox WHERE status = 'PENDING')")
          .setParameter(1, tenant)
          .setParameter(2, observedVersion)
          .executeUpdate();
    }
  }
}
