/**
 * What platform operators do (create, brand, suspend tenants) and what every request needs first:
 * turning a host name or path slug into a {@link io.brandcloud.tenancy.TenantContext}. Also the
 * boot-time schema upgrade.
 */
package io.brandcloud.platform.application;
