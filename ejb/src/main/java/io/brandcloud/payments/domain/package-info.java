/**
 * What a top-up is: the gateways a tenant takes money with and the SPI each implements ({@code
 * PaymentGateway}), payments and their states, refunds, disputes, the events gateways send, and the
 * repositories over them. No class here calls a gateway or checks who calls.
 */
package io.brandcloud.payments.domain;
