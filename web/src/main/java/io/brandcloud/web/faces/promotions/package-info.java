/** The coupons page staff keep promotions on. */
package io.brandcloud.web.faces.promotions;
