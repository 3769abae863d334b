/**
 * Backing beans of a tenant's reseller admin: provider connections, plans, customers and their
 * wallets.
 */
package io.brandcloud.web.faces.admin;
