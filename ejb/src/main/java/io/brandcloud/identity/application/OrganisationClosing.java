package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.identity.domain.ClosureObstacles;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.identity.domain.MembershipRepository;
import io.brandcloud.identity.domain.OrganisationClosed;
import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PasswordHasher;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An owner closes their organisation once nothing in it runs or is owed: each area that holds
 * something for organisations says what must end first ({@link ClosureObstacles}). A closed
 * organisation is gone for its members; its invoices, ledger and payments stay, and billing decides
 * what becomes of money left on it ({@link OrganisationClosed}). Closing one's personal
 * organisation with no other membership closes the person's login too.
 */
@Stateless
public class OrganisationClosing {

  /** Why a login closed with the person's last organisation; retention erases them later. */
  public static final String ACCOUNT_CLOSED = "Closed their account";

  /** Who closed the organisations of a person erased. */
  static final String ERASURE = "erasure";

  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject UserRepository users;
  @Inject PasswordHasher passwords;
  @Inject @Any Instance<ClosureObstacles> areas;
  @Inject RecentMemberships recentMemberships;
  @Inject RecentCredentials recentCredentials;
  @EJB Outbox events;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  /** What an organisation closes to. */
  public record Closure(long organisationId, boolean loginClosed) {}

  /** What keeps the organisation open; its owner alone asks. */
  public List<ClosureObstacle> obstacles(long userId, long organisationId) {
    requireOwner(userId, organisationId);
    return obstaclesOf(organisationId);
  }

  /**
   * Closes the organisation, with the owner's current password: a session left open does not close
   * an account. 409 naming what is left when something still runs or is owed.
   */
  public Closure close(long userId, long organisationId, String currentPassword) {
    Membership membership = requireOwner(userId, organisationId);
    User owner = users.find(userId).orElseThrow(() -> BrandcloudException.notFound("User"));
    if (currentPassword == null || !passwords.matches(currentPassword, owner.passwordHash())) {
      throw BrandcloudException.invalid("currentPassword", "The current password is wrong");
    }
    requireNone(obstaclesOf(organisationId));
    Instant now = clock.now();
    if (!organisations.close(organisationId, owner.email(), now)) {
      throw BrandcloudException.notFound("Organisation " + organisationId);
    }
    boolean loginClosed = memberships.ofUser(userId).isEmpty();
    if (loginClosed) {
      owner.disable(ACCOUNT_CLOSED, now);
    }
    recentMemberships.forgetCurrentTenant();
    recentCredentials.forgetUser(CurrentTenant.require().tenantId(), userId);
    events.publish(new OrganisationClosed(organisationId));
    audit.record(
        owner.email(),
        "organisation.closed",
        "organisation " + organisationId,
        membership.organisationName() + (loginClosed ? "; login closed" : ""));
    return new Closure(organisationId, loginClosed);
  }

  /** What keeps a person from being erased: what runs or is owed where they are the owner. */
  public List<ClosureObstacle> erasureObstacles(long userId) {
    List<ClosureObstacle> all = new ArrayList<>();
    ownedOpen(userId).forEach(owned -> all.addAll(obstaclesOf(owned.organisationId())));
    return all;
  }

  /**
   * Closes the organisations the person owns for their erasure: a balance stays on the closed
   * account as a credit, and no mail goes to an address about to be erased. 409 naming what is
   * left.
   */
  public void closeForErasure(long userId) {
    requireErasable(userId);
    Instant now = clock.now();
    ownedOpen(userId).forEach(owned -> organisations.close(owned.organisationId(), ERASURE, now));
    recentMemberships.forgetCurrentTenant();
    recentCredentials.forgetUser(CurrentTenant.require().tenantId(), userId);
  }

  /** 409 naming what runs or is owed where the person is the owner. */
  public void requireErasable(long userId) {
    requireNone(erasureObstacles(userId));
  }

  private static void requireNone(List<ClosureObstacle> left) {
    if (!left.isEmpty()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "End these first: "
              + left.stream().map(ClosureObstacle::describe).collect(Collectors.joining(", ")));
    }
  }

  private List<Membership> ownedOpen(long userId) {
    return memberships.ofUser(userId).stream()
        .filter(membership -> membership.role() == OrganisationRole.OWNER)
        .toList();
  }

  private Membership requireOwner(long userId, long organisationId) {
    Membership membership =
        memberships
            .of(userId, organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
    if (membership.role() != OrganisationRole.OWNER) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Only the organisation's owner can close it");
    }
    return membership;
  }

  private List<ClosureObstacle> obstaclesOf(long organisationId) {
    List<ClosureObstacle> all = new ArrayList<>();
    areas.forEach(area -> all.addAll(area.of(organisationId)));
    return all;
  }
}
