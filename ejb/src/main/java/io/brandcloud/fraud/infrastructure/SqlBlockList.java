package io.brandcloud.fraud.infrastructure;

import io.brandcloud.fraud.domain.Block;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.BlockList;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The block list of the current tenant. */
@ApplicationScoped
public class SqlBlockList implements BlockList {

  private static final String BLOCKS =
      "SELECT id, kind, value, reason, created_by, created_at FROM fraud_blocks";

  @PersistenceContext EntityManager em;

  @Override
  public List<Block> matching(
      String email, List<String> domains, String name, String address, String network) {
    List<String> keys = new ArrayList<>();
    if (email != null) {
      keys.add("EMAIL " + email);
    }
    domains.forEach(d -> keys.add("DOMAIN " + d));
    if (name != null) {
      keys.add("NAME " + name);
    }
    if (address != null) {
      keys.add("ADDRESS " + address);
    }
    if (network != null) {
      keys.add("ADDRESS " + network);
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    return blocks(
        em.createNativeQuery(
                BLOCKS
                    + " WHERE kind || ' ' || value = ANY (string_to_array(?1, CHR(10))) ORDER BY id")
            .setParameter(1, String.join("\n", keys))
            .getResultList());
  }

  @Override
  public Optional<Block> matchingCard(String fingerprint) {
    return blocks(
            em.createNativeQuery(BLOCKS + " WHERE kind = 'CARD' AND value = ?1")
                .setParameter(1, fingerprint)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public Page<Block> blocks(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM fraud_blocks",
        BLOCKS + " ORDER BY id DESC",
        SqlBlockList::block);
  }

  private static List<Block> blocks(List<?> rows) {
    return Rows.of(rows).stream().map(SqlBlockList::block).toList();
  }

  @Override
  public boolean block(BlockKind kind, String value, String reason, String by, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO fraud_blocks (kind, value, reason, created_by, created_at)"
                    + " VALUES (?1, ?2, CAST(?3 AS varchar), ?4, ?5)"
                    + " ON CONFLICT (kind, value) DO NOTHING")
            .setParameter(1, kind.name())
            .setParameter(2, value)
            .setParameter(3, reason)
            .setParameter(4, PlainText.cut(by, 254))
            .setParameter(5, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }

  private static Block block(Object[] r) {
    return new Block(
        SqlValues.toLong(r[0]),
        BlockKind.valueOf((String) r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        SqlValues.instant(r[5]));
  }

  @Override
  public Optional<Block> unblock(long blockId) {
    return blocks(
            em.createNativeQuery(
                    "DELETE FROM fraud_blocks WHERE id = ?1"
                        + " RETURNING id, kind, value, reason, created_by, created_at")
                .setParameter(1, blockId)
                .getResultList())
        .stream()
        .findFirst();
  }
}
