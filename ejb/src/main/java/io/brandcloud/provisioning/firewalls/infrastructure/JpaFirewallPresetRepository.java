package io.brandcloud.provisioning.firewalls.infrastructure;

import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.firewalls.domain.FirewallPresetRepository;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFirewallPresetRepository implements FirewallPresetRepository {

  private static final String SELECT = "SELECT id, name, rules FROM firewall_presets";
  private static final String TAKEN = "A preset with this name was saved a moment ago";

  @PersistenceContext EntityManager em;

  @Override
  public List<FirewallPreset> all() {
    return read(em.createNativeQuery(SELECT + " ORDER BY lower(name), id").getResultList());
  }

  @Override
  public Optional<FirewallPreset> find(long id) {
    return read(em.createNativeQuery(SELECT + " WHERE id = ?1").setParameter(1, id).getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<FirewallPreset> named(String name) {
    return read(
            em.createNativeQuery(SELECT + " WHERE lower(name) = lower(?1)")
                .setParameter(1, name)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public int count() {
    return SqlValues.toInt(
        em.createNativeQuery("SELECT count(*) FROM firewall_presets").getSingleResult());
  }

  @Override
  public long add(String name, FirewallRules rules) {
    return UniqueRows.orConflict(
        () ->
            SqlValues.toLong(
                em.createNativeQuery(
                        "INSERT INTO firewall_presets (name, rules) VALUES (?1, ?2) RETURNING id")
                    .setParameter(1, name)
                    .setParameter(2, rules.text())
                    .getSingleResult()),
        TAKEN);
  }

  @Override
  public boolean change(long id, String name, FirewallRules rules) {
    return UniqueRows.orConflict(
        () ->
            em.createNativeQuery("UPDATE firewall_presets SET name = ?2, rules = ?3 WHERE id = ?1")
                    .setParameter(1, id)
                    .setParameter(2, name)
                    .setParameter(3, rules.text())
                    .executeUpdate()
                == 1,
        TAKEN);
  }

  @Override
  public void delete(long id) {
    em.createNativeQuery("DELETE FROM firewall_presets WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private static List<FirewallPreset> read(List<?> rows) {
    return ((List<Object[]>) rows)
        .stream()
            .map(
                r ->
                    new FirewallPreset(
                        SqlValues.toLong(r[0]), (String) r[1], FirewallRules.parse((String) r[2])))
            .toList();
  }
}
