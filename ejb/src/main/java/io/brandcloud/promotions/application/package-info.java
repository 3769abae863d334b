/** Staff keep coupons; an order redeems one and each paid term asks what it takes off. */
package io.brandcloud.promotions.application;
