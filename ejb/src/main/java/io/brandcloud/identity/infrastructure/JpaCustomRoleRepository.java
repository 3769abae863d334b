package io.brandcloud.identity.infrastructure;

import io.brandcloud.access.Permission;
import io.brandcloud.identity.domain.CustomRoleRepository;
import io.brandcloud.identity.domain.CustomRoleView;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaCustomRoleRepository implements CustomRoleRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<CustomRoleView> ofOrganisation(long organisationId) {
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
                    SqlValues.toLong(r[0]), (String) r[1], Permission.split((String) r[2])))
        .toList();
  }

  @Override
  public boolean exists(long organisationId, long roleId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM custom_roles WHERE organisation_id = ?1 AND id = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, roleId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean nameTaken(long organisationId, String name) {
    return !em.createNativeQuery(
            "SELECT 1 FROM custom_roles WHERE organisation_id = ?1 AND name = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, name)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long add(long organisationId, String name, Set<Permission> permissions) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO custom_roles (organisation_id, name, permissions)"
                    + " VALUES (?1, ?2, ?3) RETURNING id")
            .setParameter(1, organisationId)
            .setParameter(2, name)
            .setParameter(3, Permission.join(permissions))
            .getSingleResult());
  }
}
