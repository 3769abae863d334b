/** The coupons staff create and withdraw over the tenant API. */
package io.brandcloud.web.rest.promotions;
