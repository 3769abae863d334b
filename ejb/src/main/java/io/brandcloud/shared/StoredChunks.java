package io.brandcloud.shared;

import jakarta.persistence.EntityManager;

/**
 * A file kept in the database as numbered chunks of a table with {@code export_id}, {@code
 * position} and {@code content}, so it is written and sent without being held in memory.
 *
 * @param table the chunks' table, a name of the code's own, never input
 */
public record StoredChunks(String table) {

  public int count(EntityManager em, long exportId) {
    return SqlValues.toInt(
        em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE export_id = ?1")
            .setParameter(1, exportId)
            .getSingleResult());
  }

  public byte[] read(EntityManager em, long exportId, int position) {
    return (byte[])
        em.createNativeQuery(
                "SELECT content FROM " + table + " WHERE export_id = ?1 AND position = ?2")
            .setParameter(1, exportId)
            .setParameter(2, position)
            .getSingleResult();
  }

  public void drop(EntityManager em, long exportId) {
    em.createNativeQuery("DELETE FROM " + table + " WHERE export_id = ?1")
        .setParameter(1, exportId)
        .executeUpdate();
  }
}
