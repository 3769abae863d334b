/**
 * Taking money in: the tenant's gateway accounts, customers' top-ups (checkout, return page,
 * webhooks), refunds and disputes, automatic top-ups and receipts. Gateways are called with no
 * transaction open; what they answered is applied in short transactions, each payment credited
 * once. Services check their caller.
 */
package io.brandcloud.payments.application;
