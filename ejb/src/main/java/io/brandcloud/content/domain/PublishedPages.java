package io.brandcloud.content.domain;

import io.brandcloud.shared.search.SearchSource;

/**
 * The current tenant's published pages of every kind, as the search index holds them; a hit carries
 * the slug, category, excerpt and publication time under these names.
 */
public interface PublishedPages extends SearchSource {

  String SLUG = "slug";
  String CATEGORY = "category";
  String EXCERPT = "excerpt";
  String PUBLISHED_AT = "publishedAt";
}
