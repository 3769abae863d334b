/**
 * Webhooks stored in the tenant's schema and posted over HTTP to checked public addresses. Services
 * use the domain's interfaces, never this package.
 */
package io.brandcloud.webhooks.infrastructure;
