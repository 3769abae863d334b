package io.brandcloud.web.rest.billing;

import io.brandcloud.web.rest.ApiMoney;

/** An invoice line. */
public record ApiLine(String description, int hours, ApiMoney amount) {}
