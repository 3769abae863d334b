package io.brandcloud.support.tickets.infrastructure;

import io.brandcloud.support.tickets.domain.CannedReply;
import io.brandcloud.support.tickets.domain.CannedReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCannedReplyRepository implements CannedReplyRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(CannedReply reply) {
    em.persist(reply);
  }

  @Override
  public Optional<CannedReply> find(long replyId) {
    return Optional.ofNullable(em.find(CannedReply.class, replyId));
  }

  @Override
  public List<CannedReply> all() {
    return em.createQuery(
            "select c from CannedReply c order by lower(c.title), c.id", CannedReply.class)
        .getResultList();
  }

  @Override
  public boolean titleTaken(String title) {
    return em.createQuery(
                "select count(c) from CannedReply c where lower(c.title) = lower(:title)",
                Long.class)
            .setParameter("title", title)
            .getSingleResult()
        > 0;
  }

  @Override
  public void remove(CannedReply reply) {
    em.remove(reply);
  }
}
