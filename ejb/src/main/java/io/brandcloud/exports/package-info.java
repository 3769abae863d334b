/**
 * Exported tables prepared in the background for staff: a year of invoices or a ledger of a million
 * rows is written by a worker while the page shows how far it got, and kept for whoever asked to
 * download for a day.
 */
package io.brandcloud.exports;
