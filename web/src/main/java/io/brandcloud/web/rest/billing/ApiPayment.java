package io.brandcloud.web.rest.billing;

import io.brandcloud.web.rest.ApiMoney;
import java.time.LocalDate;

/** A top-up received in the invoice's period. */
public record ApiPayment(LocalDate paidOn, String description, ApiMoney amount) {}
