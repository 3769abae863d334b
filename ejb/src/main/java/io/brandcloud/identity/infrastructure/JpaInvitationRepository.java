package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.InvitationOffer;
import io.brandcloud.identity.domain.InvitationRepository;
import io.brandcloud.identity.domain.InvitationView;
import io.brandcloud.identity.domain.NewInvitation;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.identity.domain.PendingInvitation;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

  private static final String OPEN = " i.accepted_at IS NULL AND i.declined_at IS NULL";

  private static final String OFFERS =
      "SELECT i.id, o.name, u.display_name, i.role, r.name, i.expires_at FROM invitations i"
          + " JOIN organisations o ON o.id = i.organisation_id AND o.closed_at IS NULL"
          + " JOIN users u ON u.id = i.invited_by"
          + " LEFT JOIN custom_roles r ON r.id = i.custom_role_id"
          + " WHERE"
          + OPEN
          + " AND i.expires_at > ?1 AND ";

  private static final String PENDING =
      "SELECT i.id, i.email, i.organisation_id, i.role, i.custom_role_id FROM invitations i"
          + " WHERE"
          + OPEN
          + " AND i.expires_at > ?1"
          + " AND i.organisation_id IN (SELECT id FROM organisations WHERE closed_at IS NULL) AND ";

  @PersistenceContext EntityManager em;

  @Override
  public long add(NewInvitation invitation) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO invitations (organisation_id, email, role, custom_role_id,"
                    + " token_hash, invited_by, created_at, expires_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id")
            .setParameter(1, invitation.organisationId())
            .setParameter(2, invitation.email())
            .setParameter(3, invitation.role().name())
            .setParameter(4, invitation.customRoleId())
            .setParameter(5, invitation.tokenHash())
            .setParameter(6, invitation.invitedBy())
            .setParameter(7, invitation.createdAt())
            .setParameter(8, invitation.expiresAt())
            .getSingleResult());
  }

  @Override
  public Page<InvitationView> ofOrganisation(long organisationId, Instant now, PageRequest page) {
    long total =
        SqlValues.toLong(
            em.createNativeQuery("SELECT count(*) FROM invitations WHERE organisation_id = ?1")
                .setParameter(1, organisationId)
                .getSingleResult());
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, email, role, created_at, expires_at, CASE"
                    + " WHEN accepted_at IS NOT NULL THEN 'accepted'"
                    + " WHEN declined_at IS NOT NULL THEN 'declined'"
                    + " WHEN expires_at <= ?2 THEN 'expired' ELSE 'pending' END"
                    + " FROM invitations WHERE organisation_id = ?1"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?3 OFFSET ?4")
            .setParameter(1, organisationId)
            .setParameter(2, now)
            .setParameter(3, page.limit())
            .setParameter(4, page.offset())
            .getResultList();
    return new Page<>(
        rows.stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new InvitationView(
                        SqlValues.toLong(r[0]),
                        (String) r[1],
                        ((String) r[2]).toLowerCase(Locale.ROOT),
                        SqlValues.instant(r[3]),
                        SqlValues.instant(r[4]),
                        (String) r[5]))
            .toList(),
        total,
        page);
  }

  @Override
  public Optional<PendingInvitation> pendingForUpdate(String tokenHash, Instant now) {
    return pending(
        em.createNativeQuery(PENDING + "i.token_hash = ?2 FOR UPDATE")
            .setParameter(1, now)
            .setParameter(2, tokenHash)
            .getResultList());
  }

  @Override
  public Optional<PendingInvitation> pendingForUpdate(long id, String email, Instant now) {
    return pending(
        em.createNativeQuery(PENDING + "i.id = ?2 AND i.email = ?3 FOR UPDATE")
            .setParameter(1, now)
            .setParameter(2, id)
            .setParameter(3, email)
            .getResultList());
  }

  @Override
  public Optional<InvitationOffer> offer(String tokenHash, Instant now) {
    return offers(
            em.createNativeQuery(OFFERS + "i.token_hash = ?2")
                .setParameter(1, now)
                .setParameter(2, tokenHash)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public List<InvitationOffer> offersTo(String email, Instant now, int limit) {
    return offers(
        em.createNativeQuery(OFFERS + "i.email = ?2 ORDER BY i.created_at DESC, i.id DESC LIMIT ?3")
            .setParameter(1, now)
            .setParameter(2, email)
            .setParameter(3, limit)
            .getResultList());
  }

  private static List<InvitationOffer> offers(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new InvitationOffer(
                    SqlValues.toLong(r[0]),
                    (String) r[1],
                    (String) r[2],
                    OrganisationRole.valueOf((String) r[3]),
                    (String) r[4],
                    SqlValues.instant(r[5])))
        .toList();
  }

  private static Optional<PendingInvitation> pending(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new PendingInvitation(
                    SqlValues.toLong(r[0]),
                    (String) r[1],
                    SqlValues.toLong(r[2]),
                    OrganisationRole.valueOf((String) r[3]),
                    SqlValues.longOrNull(r[4])))
        .findFirst();
  }

  @Override
  public void answer(long invitationId, Answer answer, Instant at) {
    String column = answer == Answer.ACCEPTED ? "accepted_at" : "declined_at";
    em.createNativeQuery("UPDATE invitations SET " + column + " = ?2 WHERE id = ?1")
        .setParameter(1, invitationId)
        .setParameter(2, at)
        .executeUpdate();
  }
}
