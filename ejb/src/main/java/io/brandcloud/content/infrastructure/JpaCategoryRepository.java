package io.brandcloud.content.infrastructure;

import io.brandcloud.content.domain.Category;
import io.brandcloud.content.domain.CategoryRepository;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

  @PersistenceContext EntityManager em;

  private static final String TAKEN = "Another category has this name or address";

  @Override
  public void add(Category category) {
    em.persist(category);
    UniqueRows.flush(em, TAKEN);
  }

  @Override
  public void saveChanges() {
    UniqueRows.flush(em, TAKEN);
  }

  @Override
  public void touchPagesOf(long categoryId, java.time.Instant now) {
    em.createQuery("update Article a set a.updatedAt = :now where a.categoryId = :category")
        .setParameter("now", now)
        .setParameter("category", categoryId)
        .executeUpdate();
  }

  @Override
  public Optional<Category> find(long categoryId) {
    return Optional.ofNullable(em.find(Category.class, categoryId));
  }

  @Override
  public Optional<Category> bySlug(String slug) {
    return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Category> all() {
    return em.createQuery(
            "select c from Category c order by c.position, lower(c.name), c.id", Category.class)
        .getResultList();
  }

  @Override
  public boolean taken(String name, String slug, Long exceptCategoryId) {
    return em.createQuery(
                "select count(c) from Category c where (lower(c.name) = lower(:name)"
                    + " or c.slug = :slug) and c.id <> :except",
                Long.class)
            .setParameter("name", name)
            .setParameter("slug", slug)
            .setParameter("except", exceptCategoryId == null ? -1L : exceptCategoryId)
            .getSingleResult()
        > 0;
  }

  @Override
  public void remove(Category category) {
    em.remove(category);
  }
}
