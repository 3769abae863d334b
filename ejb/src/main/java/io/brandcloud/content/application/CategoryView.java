package io.brandcloud.content.application;

import io.brandcloud.content.domain.Category;
import java.io.Serializable;

/** A category of the knowledge base and the FAQ. */
public record CategoryView(long id, String name, String slug, int position)
    implements Serializable {

  static CategoryView of(Category category) {
    return new CategoryView(category.id(), category.name(), category.slug(), category.position());
  }
}
