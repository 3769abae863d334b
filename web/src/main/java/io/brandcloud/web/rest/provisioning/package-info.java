/**
 * Servers over the tenant API: the active organisation's servers, ordering one, the backup add-on
 * and the actions carried out at the server's provider.
 */
package io.brandcloud.web.rest.provisioning;
