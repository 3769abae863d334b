/**
 * The platform's own records, kept in the {@code platform} schema: tenants with their brand and
 * domains, and the operators who administer them. Entities here are schema-qualified so they read
 * the same from any connection. The repositories here say what the platform stores (tenants,
 * operators, job leases, owners and reports); {@code platform.infrastructure} implements them. The
 * other interfaces are what the platform asks of other modules (a new tenant's first admin, the
 * operator's job starts), implemented by them.
 */
package io.brandcloud.platform.domain;
