/**
 * How provisioning is stored and carried out: the server repository over the tenant's schema, and
 * the provider implementations. The built-in simulator keeps its state in the tenant's schema.
 */
package io.brandcloud.provisioning.infrastructure;
