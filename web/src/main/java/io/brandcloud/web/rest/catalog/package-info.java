/** The plans tenant admins sell: markup and backup price over the tenant API. */
package io.brandcloud.web.rest.catalog;
