/**
 * The Linode (Akamai) API v4 client: {@code LinodeCloud} implements the provider SPI over {@code
 * https://api.linode.com/v4} (or the connection's address), tested against Linode's own OpenAPI
 * document. Wire shapes are read as JSON where they are used; nothing here touches the database.
 */
package io.brandcloud.provisioning.providers.infrastructure.linode;
