/**
 * A tenant's own pages and its status page: knowledge-base articles and FAQ entries in categories,
 * blog posts, announcements customers dismiss, and incidents in the regions it sells. Pages are
 * Markdown; drafts are seen by staff only.
 */
package io.brandcloud.content.domain;
