/**
 * The pages of money kept in the ledger: the wallet and invoices customers see, their billing
 * details, and the staff pages of customers, their wallets, taxes and the seller.
 */
package io.brandcloud.web.faces.billing;
