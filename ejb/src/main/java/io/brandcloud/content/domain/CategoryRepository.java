package io.brandcloud.content.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's categories of the knowledge base and the FAQ. */
public interface CategoryRepository {

  void add(Category category);

  Optional<Category> find(long categoryId);

  Optional<Category> bySlug(String slug);

  /** By position, then name. */
  List<Category> all();

  boolean taken(String name, String slug, Long exceptCategoryId);

  void remove(Category category);
}
