/**
 * The tenant's pages in the portal: the knowledge base, FAQ, blog and status page anyone reads, the
 * announcements customers dismiss, and the staff pages that write them and report incidents.
 */
package io.brandcloud.web.faces.content;
