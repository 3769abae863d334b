/**
 * The built-in test gateway: a payment gateway of its own, for the demo and the test suite, that
 * behaves like the real ones end to end. It keeps its own books (checkouts, charges of saved cards,
 * refunds), has a checkout page customers pay or decline on (cards ending 4242 pay, 0002 are
 * declined, as at Stripe), and tells the panel what happened with signed webhooks posted to the
 * tenant's webhook endpoint. Nothing here is a shortcut past the panel's own payment handling.
 */
package io.brandcloud.payments.testgateway;
