package io.brandcloud.fraud.domain;

import java.io.Serializable;

/** A rule a check tripped: the weight it added and what it saw, for staff to read. */
public record Signal(FraudRule rule, int weight, String detail) implements Serializable {}
