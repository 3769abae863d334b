/**
 * The platform's own records, kept in the {@code platform} schema: tenants with their brand and
 * domains, and the operators who administer them. Entities here are schema-qualified so they read
 * the same from any connection. The interfaces here are what the platform asks of other modules (a
 * new tenant's first admin, the operator's job starts), implemented by them.
 */
package io.brandcloud.platform.domain;
