/** Backing beans of a tenant's customer portal: login, sign-up, servers, invoices. */
package io.brandcloud.web.faces.portal;
