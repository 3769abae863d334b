/**
 * How the platform's records are stored: the repositories of {@code platform.domain} over the
 * shared {@code platform} schema (tenants, operators, job leases, owners and reports), with their
 * SQL and row mapping, and the JDBC work done outside JPA: creating, migrating and dropping tenant
 * schemas with Liquibase, and copying a tenant's schema to another placement. Application services
 * use the repository interfaces, never these classes, and nothing here checks who calls: that is
 * the services' step before.
 */
package io.brandcloud.platform.infrastructure;
