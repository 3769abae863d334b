/** What a visitor sees before an account: the shop's prices and the way from them to an order. */
package io.brandcloud.web.faces.storefront;
