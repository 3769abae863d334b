package io.brandcloud.provisioning.apps.infrastructure;

import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.apps.domain.AppRepository;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAppRepository implements AppRepository {

  private static final String SELECT =
      "SELECT id, name, description, logo_url, fields, template FROM apps";
  private static final String TAKEN = "An app with this name was saved a moment ago";

  @PersistenceContext EntityManager em;

  @Override
  public List<App> all() {
    return read(em.createNativeQuery(SELECT + " ORDER BY lower(name), id"));
  }

  @Override
  public Optional<App> find(long id) {
    return read(em.createNativeQuery(SELECT + " WHERE id = ?1").setParameter(1, id)).stream()
        .findFirst();
  }

  @Override
  public Optional<App> named(String name) {
    return read(
            em.createNativeQuery(SELECT + " WHERE lower(name) = lower(?1)").setParameter(1, name))
        .stream()
        .findFirst();
  }

  @Override
  public int count() {
    return SqlValues.toInt(em.createNativeQuery("SELECT count(*) FROM apps").getSingleResult());
  }

  @Override
  public long add(App app) {
    return UniqueRows.orConflict(
        () ->
            SqlValues.toLong(
                bind(
                        em.createNativeQuery(
                            "INSERT INTO apps (name, description, logo_url, fields, template)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id"),
                        app)
                    .getSingleResult()),
        TAKEN);
  }

  @Override
  public boolean change(long id, App app) {
    return UniqueRows.orConflict(
        () ->
            bind(
                        em.createNativeQuery(
                            "UPDATE apps SET name = ?1, description = ?2, logo_url = ?3, fields = ?4,"
                                + " template = ?5 WHERE id = ?6"),
                        app)
                    .setParameter(6, id)
                    .executeUpdate()
                == 1,
        TAKEN);
  }

  @Override
  public void delete(long id) {
    em.createNativeQuery("DELETE FROM apps WHERE id = ?1").setParameter(1, id).executeUpdate();
  }

  private static Query bind(Query query, App app) {
    return query
        .setParameter(1, app.name())
        .setParameter(2, app.description())
        .setParameter(3, app.logoUrl())
        .setParameter(4, app.fieldLines())
        .setParameter(5, app.template());
  }

  @SuppressWarnings("unchecked")
  private static List<App> read(Query query) {
    return ((List<Object[]>) query.getResultList())
        .stream()
            .map(
                r ->
                    new App(
                        SqlValues.toLong(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        App.fieldsOf((String) r[4]),
                        (String) r[5]))
            .toList();
  }
}
