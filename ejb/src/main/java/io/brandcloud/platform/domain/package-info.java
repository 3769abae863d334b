/**
 * The platform's own records, kept in the {@code platform} schema: tenants with their brand and
 * domains, and the operators who administer them. Entities here are schema-qualified so they read
 * the same from any connection.
 */
package io.brandcloud.platform.domain;
