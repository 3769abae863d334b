/**
 * JPA repositories of pages, categories and incidents, the Markdown renderer with its HTML
 * sanitiser, and the published pages as a search source.
 */
package io.brandcloud.content.infrastructure;
