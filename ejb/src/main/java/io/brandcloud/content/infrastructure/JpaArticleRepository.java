package io.brandcloud.content.infrastructure;

import io.brandcloud.content.domain.Article;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.content.domain.ArticleRepository;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

  @PersistenceContext EntityManager em;

  private static final String SLUG_TAKEN = "Another page of this kind has this address";

  @Override
  public void add(Article article) {
    em.persist(article);
    UniqueRows.flush(em, SLUG_TAKEN);
  }

  @Override
  public void saveChanges() {
    UniqueRows.flush(em, SLUG_TAKEN);
  }

  @Override
  public Optional<Article> find(long articleId) {
    return Optional.ofNullable(em.find(Article.class, articleId));
  }

  @Override
  public void remove(Article article) {
    em.remove(article);
  }

  @Override
  public boolean slugTaken(ArticleKind kind, String slug, Long exceptArticleId) {
    return em.createQuery(
                "select count(a) from Article a where a.kind = :kind and a.slug = :slug"
                    + " and a.id <> :except",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("slug", slug)
            .setParameter("except", exceptArticleId == null ? -1L : exceptArticleId)
            .getSingleResult()
        > 0;
  }

  @Override
  public Page<Article> all(ArticleKind kind, Boolean published, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (kind != null) {
      where.append(" and a.kind = :kind");
    }
    if (published != null) {
      where.append(published ? " and a.publishedAt is not null" : " and a.publishedAt is null");
    }
    TypedQuery<Article> rows =
        em.createQuery(
            "select a from Article a" + where + " order by a.updatedAt desc, a.id desc",
            Article.class);
    TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
    if (kind != null) {
      rows.setParameter("kind", kind);
      count.setParameter("kind", kind);
    }
    return QueryPages.of(rows, count, page);
  }

  @Override
  public Optional<Article> published(ArticleKind kind, String slug) {
    return em.createQuery(
            "select a from Article a where a.kind = :kind and a.slug = :slug"
                + " and a.publishedAt is not null",
            Article.class)
        .setParameter("kind", kind)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Article> published(ArticleKind kind, Long categoryId, PageRequest page) {
    String where =
        " where a.kind = :kind and a.publishedAt is not null"
            + (categoryId == null ? "" : " and a.categoryId = :category");
    String order =
        kind.hasCategory()
            ? " order by lower(a.title), a.id"
            : " order by a.publishedAt desc, a.id desc";
    TypedQuery<Article> rows =
        em.createQuery("select a from Article a" + where + order, Article.class);
    TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("kind", kind);
      if (categoryId != null) {
        query.setParameter("category", categoryId);
      }
    }
    return QueryPages.of(rows, count, page);
  }

  @Override
  public Set<ArticleKind> publishedKinds() {
    List<ArticleKind> kinds =
        em.createQuery(
                "select distinct a.kind from Article a where a.publishedAt is not null",
                ArticleKind.class)
            .getResultList();
    return kinds.isEmpty() ? EnumSet.noneOf(ArticleKind.class) : EnumSet.copyOf(kinds);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Article> announcementsFor(long userId, int limit) {
    return em.createNativeQuery(
            "SELECT a.* FROM content_articles a WHERE a.kind = 'ANNOUNCEMENT'"
                + " AND a.published_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM content_dismissals d"
                + " WHERE d.article_id = a.id AND d.user_id = ?1)"
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?2",
            Article.class)
        .setParameter(1, userId)
        .setParameter(2, limit)
        .getResultList();
  }

  @Override
  public void dismiss(long articleId, long userId, Instant now) {
    em.createNativeQuery(
            "INSERT INTO content_dismissals (article_id, user_id, dismissed_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, articleId)
        .setParameter(2, userId)
        .setParameter(3, now)
        .executeUpdate();
  }
}
