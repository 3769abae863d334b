/**
 * The pages of money coming in: the return from a payment page, and staff's payments, refunds,
 * disputes and gateway accounts.
 */
package io.brandcloud.web.faces.payments;
