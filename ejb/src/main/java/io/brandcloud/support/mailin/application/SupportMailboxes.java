package io.brandcloud.support.mailin.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.OutboundAddresses;
import io.brandcloud.shared.OutboundRefusal;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import io.brandcloud.support.mailin.domain.MailSecurity;
import io.brandcloud.support.mailin.domain.MailboxServer;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.support.mailin.domain.SupportMailbox;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The tenant's support mailbox, for admins (settings permission): where answers to ticket mail go,
 * how to read it, the mail read so far and a check on demand.
 */
@Stateless
public class SupportMailboxes {

  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final int PASSWORD_MAX = 500;

  /** A reading hands mail over for at most half its lease; a person waits less than that. */
  private static final Duration WAIT_FOR_OTHER_READING = Duration.ofSeconds(30);

  private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

  @Inject SupportMailboxRepository mailboxes;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB MailboxCheck check;

  public Optional<MailboxView> current() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return mailboxes.current().map(MailboxView::of);
  }

  public MailboxView configure(MailboxSettings settings) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    MailboxServer server = server(settings);
    byte[] sealed = password(settings.password());
    boolean enabled = settings.enabled() == null || settings.enabled();
    Optional<SupportMailbox> existing = mailboxes.currentForUpdate();
    SupportMailbox mailbox;
    if (existing.isPresent()) {
      mailbox = existing.get();
      mailbox.change(server, sealed, enabled, clock.now());
    } else {
      if (sealed == null) {
        throw BrandcloudException.invalid("password", "The mailbox's password is needed");
      }
      mailbox = new SupportMailbox(server, sealed, enabled, clock.now());
      mailboxes.add(mailbox);
    }
    mailboxes.scheduleChecks(CurrentTenant.require().tenantId(), enabled);
    audit.record(
        null,
        "support.mailbox.changed",
        server.address(),
        (enabled ? "read " : "not read ") + server.username() + "@" + server.host());
    return MailboxView.of(mailbox);
  }

  public void remove() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    SupportMailbox mailbox =
        mailboxes
            .currentForUpdate()
            .orElseThrow(() -> BrandcloudException.notFound("The support mailbox"));
    mailboxes.remove(mailbox);
    mailboxes.scheduleChecks(CurrentTenant.require().tenantId(), false);
    audit.record(null, "support.mailbox.removed", mailbox.server().address(), null);
  }

  /**
   * Reads the mailbox now, as the poller would, and says what it found. While another reading is
   * under way (the poller takes a just-saved mailbox at once) it waits for that one to end and
   * reads after it, so the answer tells the mailbox as it is now, not that someone else is busy.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CheckResult checkNow() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    long giveUp = System.nanoTime() + WAIT_FOR_OTHER_READING.toNanos();
    CheckResult result = readAsPoller();
    while (result.busy() && System.nanoTime() < giveUp) {
      pauseBeforeTryingAgain();
      result = readAsPoller();
    }
    return result;
  }

  private CheckResult readAsPoller() {
    return CurrentCaller.supplyAs(Caller.system("mail-in"), check::check);
  }

  private static void pauseBeforeTryingAgain() {
    try {
      TimeUnit.MILLISECONDS.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Page<ReceivedMail> received(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return mailboxes.received(page);
  }

  private static MailboxServer server(MailboxSettings settings) {
    String address = Validation.requireEmail("address", settings.address());
    String host = Validation.requireText("host", settings.host(), 253).toLowerCase(Locale.ROOT);
    if (!HOST.matcher(host).matches()) {
      throw BrandcloudException.invalid(
          "host", "A host name or an IPv4 address, such as imap.example.com");
    }
    try {
      OutboundAddresses.permitted(host);
    } catch (OutboundRefusal e) {
      throw BrandcloudException.invalid("host", "The mail server " + e.getMessage());
    }
    if (settings.port() == null || settings.port() < 1 || settings.port() > 65535) {
      throw BrandcloudException.invalid("port", "A port from 1 to 65535, usually 993 or 143");
    }
    return new MailboxServer(
        address,
        host,
        settings.port(),
        security(settings.security()),
        Validation.requireText("username", settings.username(), 320),
        settings.folder() == null || settings.folder().isBlank()
            ? "INBOX"
            : Validation.requireText("folder", settings.folder(), 200));
  }

  private static MailSecurity security(String wanted) {
    String name = Validation.requireText("security", wanted, 10).toUpperCase(Locale.ROOT);
    return Arrays.stream(MailSecurity.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> BrandcloudException.invalid("security", "One of ssl, starttls or none"));
  }

  private static byte[] password(String password) {
    if (password == null || password.isEmpty()) {
      return null;
    }
    if (password.length() > PASSWORD_MAX || password.chars().anyMatch(Character::isISOControl)) {
      throw BrandcloudException.invalid(
          "password", "A password of at most 500 characters, without control characters");
    }
    return MailboxReadingSteps.seal(password);
  }
}
