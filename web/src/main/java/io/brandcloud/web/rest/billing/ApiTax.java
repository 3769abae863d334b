package io.brandcloud.web.rest.billing;

import io.brandcloud.web.rest.ApiMoney;

/** A tax charged on an invoice; the rate in percent as a decimal string. */
public record ApiTax(String name, String ratePercent, boolean compound, ApiMoney amount) {}
