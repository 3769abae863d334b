/**
 * Servers and the upstream clouds that run them: the {@link
 * io.brandcloud.provisioning.providers.domain.CloudProvider} SPI every provider implements,
 * provider connections, and the server's life cycle.
 */
package io.brandcloud.provisioning.servers.domain;
