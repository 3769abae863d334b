/**
 * How the catalog is stored: the plan repository of {@code catalog.domain} over the tenant's
 * schema. Services use the interface, never this package.
 */
package io.brandcloud.catalog.infrastructure;
