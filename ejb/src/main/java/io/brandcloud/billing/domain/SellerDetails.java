package io.brandcloud.billing.domain;

/** The seller's details as stored; {@code logo} is null when none was uploaded. */
public record SellerDetails(
    String legalName, String address, String taxIds, byte[] logo, String logoType) {}
