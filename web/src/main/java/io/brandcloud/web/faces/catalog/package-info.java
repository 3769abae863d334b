/**
 * The staff pages that put provider plans on sale: the catalog of a connection and the plans'
 * prices.
 */
package io.brandcloud.web.faces.catalog;
