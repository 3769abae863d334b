/**
 * Payments on the wire: customers' top-ups, receipts and automatic top-ups, staff's gateway
 * accounts, payments, refunds and disputes, and the gateways' webhooks.
 */
package io.brandcloud.web.rest.payments;
