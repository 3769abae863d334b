/**
 * The edge of every request: which area it is for (platform console, a tenant's portal, neither),
 * resolving the tenant once from the host name or the {@code /t/{slug}/} prefix, and who may enter
 * which area.
 */
package io.brandcloud.web.edge;
