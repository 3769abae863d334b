package io.brandcloud.catalog.application;

/** Fired inside the transaction that changed a plan's prices. */
public record PlanRepriced(long planId) {}
