package io.brandcloud.identity.infrastructure;

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
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, email, organisation_id, role, custom_role_id FROM invitations"
                    + " WHERE token_hash = ?1 AND accepted_at IS NULL AND declined_at IS NULL"
                    + " AND expires_at > ?2 FOR UPDATE")
            .setParameter(1, tokenHash)
            .setParameter(2, now)
            .getResultList();
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
