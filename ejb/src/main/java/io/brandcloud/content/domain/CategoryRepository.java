package io.brandcloud.content.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's categories of the knowledge base and the FAQ. */
public interface CategoryRepository {

  /** Stores a new category now; a name or slug another took meanwhile is a conflict. */
  void add(Category category);

  /** Writes the categories' changes now, likewise. */
  void saveChanges();

  /** Marks the category's pages changed, so search indexes read them again without it. */
  void touchPagesOf(long categoryId, java.time.Instant now);

  Optional<Category> find(long categoryId);

  Optional<Category> bySlug(String slug);

  /** By position, then name. */
  List<Category> all();

  boolean taken(String name, String slug, Long exceptCategoryId);

  void remove(Category category);
}
