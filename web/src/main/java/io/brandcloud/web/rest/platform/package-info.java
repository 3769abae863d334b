/**
 * The platform operators' API under {@code /api/platform/v1}: tenants (create, brand, suspend,
 * activate), jobs (start charging or invoicing, follow executions) and the platform audit log.
 * Every resource first checks that the request came to the platform host and the caller is an
 * operator.
 */
package io.brandcloud.web.rest.platform;
