/** Coupons, their redemptions and the count of wrong codes, in the tenant's schema. */
package io.brandcloud.promotions.infrastructure;
