/**
 * The DigitalOcean API v2 client: {@code DigitalOceanCloud} implements the provider SPI over {@code
 * https://api.digitalocean.com/v2} (or the connection's address), tested against DigitalOcean's own
 * OpenAPI document. Nothing here touches the database.
 */
package io.brandcloud.provisioning.providers.infrastructure.digitalocean;
