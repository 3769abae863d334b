/**
 * Money over the tenant API: the customer's balance, ledger (also as CSV and PDF), invoices, credit
 * notes and billing details, and for staff the customers' wallets, credits and debits, credit
 * notes, tax rules and the seller shown on documents.
 */
package io.brandcloud.web.rest.billing;
