package io.brandcloud.web.rest.billing;

import io.brandcloud.web.rest.ApiMoney;

/** The wallet balance. */
public record ApiBalance(ApiMoney balance) {}
