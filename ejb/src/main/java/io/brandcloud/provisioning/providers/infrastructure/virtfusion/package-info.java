/**
 * The VirtFusion API v1 client: {@code VirtFusionCloud} implements the provider SPI over the
 * reseller's own VirtFusion panel ({@code <panel>/api/v1}), tested against the community OpenAPI
 * document of VirtFusion's API. Nothing here touches the database.
 */
package io.brandcloud.provisioning.providers.infrastructure.virtfusion;
