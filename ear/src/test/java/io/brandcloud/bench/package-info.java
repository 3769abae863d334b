/**
 * Benchmarks: run by hand against a running panel, they print their figures; never part of the test
 * suite.
 */
package io.brandcloud.bench;
