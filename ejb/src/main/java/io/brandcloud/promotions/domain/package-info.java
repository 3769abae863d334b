/**
 * Coupons: a discount in percent or a fixed amount on a subscription's terms, for the first, a
 * number of or every term, limited to products, billing cycles, new customers, dates and uses.
 */
package io.brandcloud.promotions.domain;
