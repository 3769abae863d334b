package io.brandcloud.content.domain;

/**
 * What staff write of a page, checked: a title, a slug for its address, its Markdown, and its
 * category (kept only for kinds that have one).
 */
public record ArticleText(String title, String slug, String body, Long categoryId) {}
