/**
 * The support desk's pages: a customer's tickets and a ticket's thread in the portal, and the
 * staff's queue and ticket desk in the admin area. Beans call the support services only.
 */
package io.brandcloud.web.faces.support;
