/**
 * What every provider client shares: calling a vendor's JSON API with the connection's token and
 * turning its failures into provider exceptions ({@code VendorApi}), and reading vendor JSON
 * leniently ({@code VendorJson}). Vendor-specific wire shapes stay in each vendor's package.
 */
package io.brandcloud.provisioning.providers.infrastructure.vendor;
