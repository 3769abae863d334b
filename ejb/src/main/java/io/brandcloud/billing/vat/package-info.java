/**
 * EU VAT numbers checked with the European Commission's VIES: the format of each member state's
 * numbers offline, the register's answer and its consultation number kept as proof, and a queue of
 * checks that waits out the register's outages. Reverse charge applies only to a number VIES
 * confirmed.
 */
package io.brandcloud.billing.vat;
