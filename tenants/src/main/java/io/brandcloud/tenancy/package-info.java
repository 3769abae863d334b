/**
 * Tenancy: which tenant a piece of work belongs to and which PostgreSQL schema holds its data. A
 * tenant is resolved once at the edge into an immutable {@link
 * io.brandcloud.tenancy.TenantContext}; {@link io.brandcloud.tenancy.CurrentTenant} carries it on
 * the current thread for Hibernate, and every asynchronous hand-off rebuilds it explicitly. Nothing
 * here falls back to a default tenant.
 */
package io.brandcloud.tenancy;
