package io.brandcloud.privacy.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.identity.application.AccountProfile;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.OrganisationClosing;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.privacy.domain.Erased;
import io.brandcloud.privacy.domain.ErasureStore;
import io.brandcloud.privacy.domain.ErasureStore.ErasureRecord;
import io.brandcloud.privacy.domain.PersonalData;
import io.brandcloud.privacy.domain.PersonalDataEraser;
import io.brandcloud.privacy.domain.PersonalDataEraser.Person;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Erasing a person (GDPR Art. 17): asked for by the person with their password and confirmed with a
 * mailed link, or done by a tenant admin at once. Refused, naming why, while something runs or is
 * owed in an organisation they own. The organisations they own close, and every record of the
 * person is removed or anonymised but the billing records the tenant must keep; a record of the
 * request stays, with counts only.
 */
@Stateless
public class Erasures {

  public static final Duration LINK_VALID = Duration.ofHours(24);

  static final int LISTED = 50;

  /** Who asked, in the record of an erasure the retention job did. */
  static final String RETENTION = "retention";

  @Inject ErasureStore store;
  @Inject PersonalDataEraser eraser;
  @Inject PersonalData data;
  @EJB OrganisationClosing closing;
  @EJB UserAccounts accounts;
  @EJB AccountProfile profile;
  @EJB BillingDetails billingDetails;
  @Inject PasswordHasher passwords;
  @Inject MailOutbox mail;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  /** What keeps the person from being erased now; empty when nothing does. */
  public List<ClosureObstacle> obstacles(long userId) {
    return closing.erasureObstacles(userId);
  }

  /** The person asks, with their current password; the link that confirms goes to their address. */
  public void ask(long userId, String currentPassword, String portalUrl) {
    profile.checkCurrentPassword(userId, currentPassword);
    AuthenticatedUser user = user(userId);
    if (user.role().isStaff()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Staff accounts are not erased here: a tenant admin removes them");
    }
    closing.requireErasable(userId);
    String token = SecretTokens.random();
    Instant now = clock.now();
    store.ask(userId, SecretTokens.sha256(token), now, now.plus(LINK_VALID));
    mail.send(
        MessageType.ERASURE_CONFIRMATION,
        user.email(),
        Map.of(
            "name",
            user.displayName(),
            "link",
            portalUrl + "/erasure.xhtml?token=" + token,
            "validHours",
            LINK_VALID.toHours()));
    audit.record(user.email(), "erasure.requested", "user " + userId, null);
  }

  /** The mailed link, opened: the person is erased. A wrong, used or old link is refused. */
  public Erased confirm(String token) {
    if (token == null || token.isBlank()) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    Instant now = clock.now();
    ErasureRecord asked =
        store
            .waiting(SecretTokens.sha256(token.strip()), now)
            .orElseThrow(() -> new BrandcloudException(ErrorCode.TOKEN_INVALID));
    Erased erased = erase(asked.userId(), "user " + asked.userId(), "on their request");
    store.erased(asked.id(), erased, now);
    store.dropWaiting(asked.userId());
    return erased;
  }

  /** A tenant admin erases a customer, on a request made to the shop. */
  public Erased eraseByStaff(long userId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.USERS_EDIT);
    AuthenticatedUser user = user(userId);
    if (user.role().isStaff()) {
      throw BrandcloudException.notFound("Customer user " + userId);
    }
    Erased erased = erase(userId, actor, "by staff");
    store.recordByStaff(userId, actor, erased, clock.now());
    store.dropWaiting(userId);
    return erased;
  }

  /** The nightly retention job erases a person whose account closed past the shop's policy. */
  public Erased eraseClosedAccount(long userId) {
    CurrentCaller.requirePrivileged();
    Erased erased = erase(userId, RETENTION, "account closed past retention");
    store.recordByStaff(userId, RETENTION, erased, clock.now());
    store.dropWaiting(userId);
    return erased;
  }

  /** The latest erasures, for staff who read the audit log. */
  public List<ErasureRecord> latest() {
    CurrentCaller.requireStaff(StaffPermission.AUDIT_VIEW);
    return store.latest(LISTED);
  }

  private Erased erase(long userId, String actor, String how) {
    if (!eraser.lockUnerased(userId)) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "This account is erased already");
    }
    AuthenticatedUser user = user(userId);
    closing.closeForErasure(userId);
    List<Long> owned = data.ownedOrganisations(userId);
    owned.forEach(
        organisation ->
            eraser.keepBilledTo(organisation, billingDetails.of(organisation).printed()));
    // before the erasure, which takes the address it came from out of it with the rest
    audit.record(actor, "account.erased", "user " + userId, how);
    Erased erased =
        eraser.erase(
            new Person(
                userId,
                user.email(),
                user.displayName(),
                owned,
                passwords.hash(SecretTokens.random())));
    return erased;
  }

  private AuthenticatedUser user(long userId) {
    return accounts.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
  }
}
