/**
 * The tenant's pages and status page on the wire: published pages, categories, search and the
 * status page for anyone; announcements for logged-in users; writing, publishing and incidents for
 * staff with the content permission.
 */
package io.brandcloud.web.rest.content;
