package io.brandcloud.content.application;

import io.brandcloud.content.domain.Category;

/** A category of the knowledge base and the FAQ. */
public record CategoryView(long id, String name, String slug, int position) {

  static CategoryView of(Category category) {
    return new CategoryView(category.id(), category.name(), category.slug(), category.position());
  }
}
