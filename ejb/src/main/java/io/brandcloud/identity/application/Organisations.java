package io.brandcloud.identity.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.identity.domain.MembershipRepository;
import io.brandcloud.identity.domain.OrganisationCreated;
import io.brandcloud.identity.domain.OrganisationOwner;
import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Organisations of the current tenant: the customer accounts that own servers, wallets and
 * invoices. Each has one owner; {@link Memberships}, {@link Invitations} and {@link CustomRoles}
 * say who else works in it.
 */
@Stateless
public class Organisations {

  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject RecentMemberships recent;
  @EJB Memberships access;
  @EJB Outbox events;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /**
   * A new customer's own organisation; it becomes their active one and billing opens its wallet.
   */
  public long createPersonal(long userId, String userName) {
    long id = create(userId, userName, true);
    memberships.choose(userId, id);
    recent.forgetCurrentTenant();
    return id;
  }

  /** A further organisation the user owns, e.g. for a team or a company. */
  public Membership create(long userId, String name) {
    long id = create(userId, Validation.requireText("name", name, 120), false);
    audit.record(null, "organisation.created", "organisation " + id, name);
    return access.requireMember(userId, id);
  }

  /** Who to write to about an organisation's money: its owner. */
  public OrganisationOwner owner(long organisationId) {
    return organisations
        .owner(organisationId)
        .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
  }

  /** The personal organisation of a user (their wallet and servers before any team). */
  public long personalOf(long userId) {
    return organisations
        .personalOf(userId)
        .orElseThrow(() -> BrandcloudException.notFound("Personal organisation of " + userId));
  }

  private long create(long ownerId, String name, boolean personal) {
    long id = organisations.create(name, personal, ownerId, clock.now());
    recent.forgetCurrentTenant();
    events.publish(new OrganisationCreated(id));
    return id;
  }
}
