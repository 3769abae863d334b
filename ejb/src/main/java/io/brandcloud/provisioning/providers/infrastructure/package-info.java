/**
 * How provisioning is stored and carried out: the repositories of servers, provider connections and
 * the server action queue over the tenant's schema, and the provider implementations. The built-in
 * simulator keeps its state in the tenant's schema. Nothing here checks who calls.
 */
package io.brandcloud.provisioning.providers.infrastructure;
