/**
 * How payments are stored and carried out: the repositories over the tenant's payment tables, the
 * gateway clients (Stripe through stripe-java, PayPal over java.net.http) and the built-in test
 * gateway, whose own side lives in the tenant's {@code test_gateway_sessions}.
 */
package io.brandcloud.payments.infrastructure;
