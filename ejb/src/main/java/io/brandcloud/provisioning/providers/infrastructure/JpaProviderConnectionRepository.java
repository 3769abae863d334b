package io.brandcloud.provisioning.providers.infrastructure;

import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProviderConnectionRepository implements ProviderConnectionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(ProviderConnection connection) {
    em.persist(connection);
  }

  @Override
  public Optional<ProviderConnection> find(long connectionId) {
    return Optional.ofNullable(em.find(ProviderConnection.class, connectionId));
  }

  @Override
  public boolean nameTaken(String name) {
    return !em.createQuery("select c.id from ProviderConnection c where c.name = :name")
        .setParameter("name", name)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean backupsInUse(long connectionId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM servers WHERE connection_id = ?1 AND backup"
                + " AND status <> 'TERMINATED' LIMIT 1")
        .setParameter(1, connectionId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<ProviderConnection> all() {
    return em.createQuery(
            "select c from ProviderConnection c order by c.name", ProviderConnection.class)
        .getResultList();
  }
}
