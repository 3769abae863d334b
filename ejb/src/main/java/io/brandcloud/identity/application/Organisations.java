package io.brandcloud.identity.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.OrganisationCreated;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Organisations of the current tenant: the customer accounts that own servers, wallets and
 * invoices. Users belong to them with a role; owners and admins invite people by e-mail and define
 * custom roles. An id the caller is not a member of is "not found", as if it did not exist.
 */
@Stateless
public class Organisations {

  static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);
  private static final String MEMBERSHIP_SELECT =
      "SELECT o.id, o.name, o.personal, m.role, r.name, r.permissions"
          + " FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id"
          + " LEFT JOIN custom_roles r ON r.id = m.custom_role_id";

  private static final String WITH_OWNER =
      "SELECT o.id, o.name, o.personal, u.id, u.email, o.created_at, u.display_name"
          + " FROM organisations o JOIN organisation_members m"
          + " ON m.organisation_id = o.id AND m.role = 'OWNER' JOIN users u ON u.id = m.user_id";

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB Outbox events;
  @Inject MailOutbox outbox;
  @Inject RecentMemberships recent;

  /** A new customer's own organisation, with an empty wallet; it becomes their active one. */
  public long createPersonal(long userId, String userName) {
    long id = insert(userId, userName, true);
    em.createNativeQuery("UPDATE users SET active_organisation_id = ?2 WHERE id = ?1")
        .setParameter(1, userId)
        .setParameter(2, id)
        .executeUpdate();
    membershipsChanged();
    return id;
  }

  /** A further organisation the user owns, e.g. for a team or a company. */
  public Membership create(long userId, String name) {
    long id = insert(userId, Validation.requireText("name", name, 120), false);
    audit.record(null, "organisation.created", "organisation " + id, name);
    return requireMember(userId, id);
  }

  public List<Membership> membershipsOf(long userId) {
    return memberships(
        em.createNativeQuery(MEMBERSHIP_SELECT + " WHERE m.user_id = ?1 ORDER BY o.id")
            .setParameter(1, userId));
  }

  /** The organisation the user works in now: the one chosen last, else the first they joined. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Membership> active(long userId) {
    return recent.active(tenantId(), userId, () -> loadActive(userId));
  }

  /** A read of what each node remembers for 30 s: in the caller's transaction, or in none. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Membership> membership(long userId, long organisationId) {
    return recent.of(
        tenantId(), userId, organisationId, () -> loadMembership(userId, organisationId));
  }

  private Optional<Membership> loadActive(long userId) {
    Optional<Membership> chosen =
        memberships(
                em.createNativeQuery(
                        MEMBERSHIP_SELECT
                            + " JOIN users u ON u.id = m.user_id"
                            + " AND u.active_organisation_id = o.id WHERE m.user_id = ?1")
                    .setParameter(1, userId))
            .stream()
            .findFirst();
    return chosen.isPresent() ? chosen : membershipsOf(userId).stream().findFirst();
  }

  private Optional<Membership> loadMembership(long userId, long organisationId) {
    return memberships(
            em.createNativeQuery(MEMBERSHIP_SELECT + " WHERE m.user_id = ?1 AND o.id = ?2")
                .setParameter(1, userId)
                .setParameter(2, organisationId))
        .stream()
        .findFirst();
  }

  /** Every change to organisations, members or roles: cached memberships are read afresh. */
  private void membershipsChanged() {
    recent.forgetTenant(tenantId());
  }

  private static long tenantId() {
    return CurrentTenant.require().tenantId();
  }

  /** The membership, or "not found" for organisations the user is not in. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Membership requireMember(long userId, long organisationId) {
    return membership(userId, organisationId)
        .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Membership require(long userId, long organisationId, Permission permission) {
    Membership membership = requireMember(userId, organisationId);
    if (!membership.may(permission)) {
      throw new BrandcloudException(ErrorCode.MISSING_PERMISSION, permission.wireName());
    }
    return membership;
  }

  public Membership switchTo(long userId, long organisationId) {
    Membership membership = requireMember(userId, organisationId);
    em.createNativeQuery("UPDATE users SET active_organisation_id = ?2 WHERE id = ?1")
        .setParameter(1, userId)
        .setParameter(2, organisationId)
        .executeUpdate();
    membershipsChanged();
    return membership;
  }

  public Page<MemberView> members(long userId, long organisationId, PageRequest page) {
    requireMember(userId, organisationId);
    long total =
        count(
            "SELECT count(*) FROM organisation_members WHERE organisation_id = ?1", organisationId);
    List<?> rows =
        em.createNativeQuery(
                "SELECT u.id, u.email, u.display_name, m.role, r.name, m.joined_at"
                    + " FROM organisation_members m JOIN users u ON u.id = m.user_id"
                    + " LEFT JOIN custom_roles r ON r.id = m.custom_role_id"
                    + " WHERE m.organisation_id = ?1 ORDER BY m.joined_at, u.id LIMIT ?2 OFFSET ?3")
            .setParameter(1, organisationId)
            .setParameter(2, page.limit())
            .setParameter(3, page.offset())
            .getResultList();
    return new Page<>(
        rows.stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new MemberView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        ((String) r[3]).toLowerCase(java.util.Locale.ROOT),
                        (String) r[4],
                        SqlValues.instant(r[5])))
            .toList(),
        total,
        page);
  }

  public void changeRole(
      long actorId, long organisationId, long memberId, String role, Long customRoleId) {
    require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    Membership target = requireMember(memberId, organisationId);
    if (target.role() == OrganisationRole.OWNER) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "The owner's role cannot be changed");
    }
    OrganisationRole newRole = assignable(role);
    Long custom = customRoleFor(organisationId, newRole, customRoleId);
    em.createNativeQuery(
            "UPDATE organisation_members SET role = ?3, custom_role_id = ?4"
                + " WHERE organisation_id = ?1 AND user_id = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, memberId)
        .setParameter(3, newRole.name())
        .setParameter(4, custom)
        .executeUpdate();
    membershipsChanged();
    audit.record(
        null,
        "member.role_changed",
        "organisation " + organisationId,
        "user " + memberId + " " + newRole);
  }

  public void removeMember(long actorId, long organisationId, long memberId) {
    require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    if (requireMember(memberId, organisationId).role() == OrganisationRole.OWNER) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "The owner cannot be removed");
    }
    em.createNativeQuery(
            "DELETE FROM organisation_members WHERE organisation_id = ?1 AND user_id = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, memberId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE users SET active_organisation_id = NULL WHERE id = ?1"
                + " AND active_organisation_id = ?2")
        .setParameter(1, memberId)
        .setParameter(2, organisationId)
        .executeUpdate();
    membershipsChanged();
    audit.record(null, "member.removed", "organisation " + organisationId, "user " + memberId);
  }

  public InvitationView invite(
      long actorId,
      long organisationId,
      String email,
      String role,
      Long customRoleId,
      String portalUrl) {
    Membership inviter = require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    String address = Validation.requireEmail("email", email);
    OrganisationRole invitedRole = assignable(role);
    Long custom = customRoleFor(organisationId, invitedRole, customRoleId);
    boolean member =
        count(
                "SELECT count(*) FROM organisation_members m JOIN users u ON u.id = m.user_id"
                    + " WHERE m.organisation_id = ?1 AND u.email = ?2",
                organisationId,
                address)
            > 0;
    if (member) {
      throw new BrandcloudException(ErrorCode.CONFLICT, address + " is already a member");
    }
    String token = SecretTokens.random();
    Instant now = clock.now();
    Number id =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO invitations (organisation_id, email, role, custom_role_id,"
                        + " token_hash, invited_by, created_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id")
                .setParameter(1, organisationId)
                .setParameter(2, address)
                .setParameter(3, invitedRole.name())
                .setParameter(4, custom)
                .setParameter(5, SecretTokens.sha256(token))
                .setParameter(6, actorId)
                .setParameter(7, now)
                .setParameter(8, now.plus(INVITATION_VALID_FOR))
                .getSingleResult();
    outbox.send(
        MessageType.INVITATION,
        address,
        Map.of(
            "organisation",
            inviter.organisationName(),
            "role",
            invitedRole.name().toLowerCase(java.util.Locale.ROOT),
            "link",
            portalUrl + "/invitation.xhtml?token=" + token,
            "validDays",
            INVITATION_VALID_FOR.toDays()));
    audit.record(null, "invitation.created", "organisation " + organisationId, address);
    return invitations(actorId, organisationId, PageRequest.first(100)).items().stream()
        .filter(i -> i.id() == id.longValue())
        .findFirst()
        .orElseThrow();
  }

  public Page<InvitationView> invitations(long actorId, long organisationId, PageRequest page) {
    require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    long total =
        count("SELECT count(*) FROM invitations WHERE organisation_id = ?1", organisationId);
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, email, role, created_at, expires_at, CASE"
                    + " WHEN accepted_at IS NOT NULL THEN 'accepted'"
                    + " WHEN declined_at IS NOT NULL THEN 'declined'"
                    + " WHEN expires_at <= ?2 THEN 'expired' ELSE 'pending' END"
                    + " FROM invitations WHERE organisation_id = ?1"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?3 OFFSET ?4")
            .setParameter(1, organisationId)
            .setParameter(2, clock.now())
            .setParameter(3, page.limit())
            .setParameter(4, page.offset())
            .getResultList();
    return new Page<>(
        rows.stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new InvitationView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        ((String) r[2]).toLowerCase(java.util.Locale.ROOT),
                        SqlValues.instant(r[3]),
                        SqlValues.instant(r[4]),
                        (String) r[5]))
            .toList(),
        total,
        page);
  }

  /** Joins the organisation; the invitation must be addressed to the user's own e-mail. */
  public Membership accept(long userId, String token) {
    Object[] invitation = pendingInvitation(token);
    String email =
        (String)
            em.createNativeQuery("SELECT email FROM users WHERE id = ?1")
                .setParameter(1, userId)
                .getSingleResult();
    if (!email.equals(invitation[1])) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    long organisationId = ((Number) invitation[2]).longValue();
    em.createNativeQuery(
            "INSERT INTO organisation_members (organisation_id, user_id, role, custom_role_id,"
                + " joined_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
        .setParameter(1, organisationId)
        .setParameter(2, userId)
        .setParameter(3, invitation[3])
        .setParameter(4, invitation[4])
        .setParameter(5, clock.now())
        .executeUpdate();
    membershipsChanged();
    close(((Number) invitation[0]).longValue(), "accepted_at");
    audit.record(email, "invitation.accepted", "organisation " + organisationId, null);
    return requireMember(userId, organisationId);
  }

  /** Declines by the mailed link; no login needed, since the token proves the mail was read. */
  public void decline(String token) {
    Object[] invitation = pendingInvitation(token);
    close(((Number) invitation[0]).longValue(), "declined_at");
    audit.record(
        (String) invitation[1], "invitation.declined", "organisation " + invitation[2], null);
  }

  public List<CustomRoleView> customRoles(long userId, long organisationId) {
    requireMember(userId, organisationId);
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, name, permissions FROM custom_roles WHERE organisation_id = ?1"
                    + " ORDER BY name")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new CustomRoleView(
                    ((Number) r[0]).longValue(), (String) r[1], Permission.split((String) r[2])))
        .toList();
  }

  public CustomRoleView createCustomRole(
      long actorId, long organisationId, String name, List<String> permissionNames) {
    require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    String checkedName = Validation.requireText("name", name, 60);
    if (permissionNames == null || permissionNames.isEmpty()) {
      throw BrandcloudException.invalid("permissions", "Name at least one permission");
    }
    Set<Permission> permissions =
        permissionNames.stream()
            .map(Permission::parse)
            .collect(
                java.util.stream.Collectors.toCollection(
                    () -> java.util.EnumSet.noneOf(Permission.class)));
    if (count(
            "SELECT count(*) FROM custom_roles WHERE organisation_id = ?1 AND name = ?2",
            organisationId,
            checkedName)
        > 0) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "A role named " + checkedName + " exists");
    }
    Number id =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO custom_roles (organisation_id, name, permissions)"
                        + " VALUES (?1, ?2, ?3) RETURNING id")
                .setParameter(1, organisationId)
                .setParameter(2, checkedName)
                .setParameter(3, Permission.join(permissions))
                .getSingleResult();
    audit.record(
        null,
        "role.created",
        "organisation " + organisationId,
        checkedName + ": " + Permission.join(permissions));
    return new CustomRoleView(id.longValue(), checkedName, permissions);
  }

  /** Every organisation of the tenant with its owner, for staff. */
  public Page<OrganisationSummary> all(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    long total = count("SELECT count(*) FROM organisations");
    List<?> rows =
        em.createNativeQuery(WITH_OWNER + " ORDER BY o.name, o.id LIMIT ?1 OFFSET ?2")
            .setParameter(1, page.limit())
            .setParameter(2, page.offset())
            .getResultList();
    return new Page<>(
        rows.stream().map(Object[].class::cast).map(Organisations::summary).toList(), total, page);
  }

  /** One organisation for staff; any other id, including another tenant's, is "not found". */
  public OrganisationSummary get(long organisationId) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    List<?> rows =
        em.createNativeQuery(WITH_OWNER + " WHERE o.id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(Organisations::summary)
        .findFirst()
        .orElseThrow(() -> BrandcloudException.notFound("Customer " + organisationId));
  }

  /** Who to write to about an organisation's money: its owner. */
  public OrganisationOwner owner(long organisationId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(WITH_OWNER + " WHERE o.id = ?1")
                .setParameter(1, organisationId)
                .getSingleResult();
    return new OrganisationOwner((String) row[4], (String) row[6], (String) row[1]);
  }

  /** The personal organisation of a user (their wallet and servers before any team). */
  public long personalOf(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT o.id FROM organisations o JOIN organisation_members m"
                        + " ON m.organisation_id = o.id"
                        + " WHERE m.user_id = ?1 AND o.personal AND m.role = 'OWNER'")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  private long insert(long userId, String name, boolean personal) {
    Instant now = clock.now();
    long id =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO organisations (name, personal, created_by, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4) RETURNING id")
                    .setParameter(1, name)
                    .setParameter(2, personal)
                    .setParameter(3, userId)
                    .setParameter(4, now)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO organisation_members (organisation_id, user_id, role, joined_at)"
                + " VALUES (?1, ?2, 'OWNER', ?3)")
        .setParameter(1, id)
        .setParameter(2, userId)
        .setParameter(3, now)
        .executeUpdate();
    membershipsChanged();
    events.publish(new OrganisationCreated(id));
    return id;
  }

  private Object[] pendingInvitation(String token) {
    if (token == null || token.isBlank()) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, email, organisation_id, role, custom_role_id FROM invitations"
                    + " WHERE token_hash = ?1 AND accepted_at IS NULL AND declined_at IS NULL"
                    + " AND expires_at > ?2 FOR UPDATE")
            .setParameter(1, SecretTokens.sha256(token.strip()))
            .setParameter(2, clock.now())
            .getResultList();
    if (rows.isEmpty()) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    return (Object[]) rows.get(0);
  }

  private void close(long invitationId, String column) {
    em.createNativeQuery("UPDATE invitations SET " + column + " = ?2 WHERE id = ?1")
        .setParameter(1, invitationId)
        .setParameter(2, clock.now())
        .executeUpdate();
  }

  private static OrganisationRole assignable(String role) {
    OrganisationRole parsed = OrganisationRole.parse(role);
    if (parsed == OrganisationRole.OWNER) {
      throw BrandcloudException.invalid("role", "An organisation has exactly one owner");
    }
    return parsed;
  }

  private Long customRoleFor(long organisationId, OrganisationRole role, Long customRoleId) {
    if (role != OrganisationRole.CUSTOM) {
      return null;
    }
    if (customRoleId == null
        || count(
                "SELECT count(*) FROM custom_roles WHERE organisation_id = ?1 AND id = ?2",
                organisationId,
                customRoleId)
            == 0) {
      throw BrandcloudException.invalid("customRoleId", "Name one of this organisation's roles");
    }
    return customRoleId;
  }

  private long count(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private static List<Membership> memberships(Query query) {
    return ((List<?>) query.getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r -> {
                  OrganisationRole role = OrganisationRole.valueOf((String) r[3]);
                  Set<Permission> permissions =
                      role == OrganisationRole.CUSTOM
                          ? Permission.split((String) r[5])
                          : role.permissions();
                  return new Membership(
                      ((Number) r[0]).longValue(),
                      (String) r[1],
                      (Boolean) r[2],
                      role,
                      (String) r[4],
                      permissions);
                })
            .toList();
  }

  private static OrganisationSummary summary(Object[] r) {
    return new OrganisationSummary(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (Boolean) r[2],
        ((Number) r[3]).longValue(),
        (String) r[4],
        SqlValues.instant(r[5]));
  }
}
