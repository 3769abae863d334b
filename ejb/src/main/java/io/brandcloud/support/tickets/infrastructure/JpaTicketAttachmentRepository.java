package io.brandcloud.support.tickets.infrastructure;

import io.brandcloud.support.tickets.domain.TicketAttachment;
import io.brandcloud.support.tickets.domain.TicketAttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTicketAttachmentRepository implements TicketAttachmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(TicketAttachment attachment, byte[] content) {
    em.persist(attachment);
    em.flush();
    em.createNativeQuery(
            "INSERT INTO support_ticket_attachment_contents (attachment_id, content) VALUES (?1, ?2)")
        .setParameter(1, attachment.id())
        .setParameter(2, content)
        .executeUpdate();
  }

  @Override
  public List<TicketAttachment> of(long ticketId) {
    return em.createQuery(
            "select a from TicketAttachment a where a.ticketId = :ticket order by a.id",
            TicketAttachment.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  @Override
  public long countOn(long ticketId) {
    return em.createQuery(
            "select count(a) from TicketAttachment a where a.ticketId = :ticket", Long.class)
        .setParameter("ticket", ticketId)
        .getSingleResult();
  }

  @Override
  public Optional<StoredFile> file(long ticketId, long attachmentId) {
    return Optional.ofNullable(em.find(TicketAttachment.class, attachmentId))
        .filter(a -> a.ticketId() == ticketId)
        .map(
            a ->
                new StoredFile(
                    a,
                    (byte[])
                        em.createNativeQuery(
                                "SELECT content FROM support_ticket_attachment_contents"
                                    + " WHERE attachment_id = ?1")
                            .setParameter(1, attachmentId)
                            .getSingleResult()));
  }
}
