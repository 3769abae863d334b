package io.brandcloud.content.application;

/**
 * A page as staff write it: its title, its slug (left out: made from the title), its Markdown and
 * its category (for knowledge-base articles and FAQ entries; left out: none).
 */
public record ArticleDraft(String title, String slug, String body, Long categoryId) {}
