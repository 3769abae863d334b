/**
 * Servers and the upstream clouds that run them: the {@link
 * io.brandcloud.provisioning.domain.CloudProvider} SPI every provider implements, provider
 * connections, and the server's life cycle.
 */
package io.brandcloud.provisioning.domain;
