package io.brandcloud.it.suites;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * One Failsafe fork's half of the integration tests: the two-node test, the browser tests and the
 * classes of accounts, add-ons, the API and apps, billing pages and the cross-tenant test, about as
 * long as the other half (1,213 s and 1,111 s on 2 cores on 2026-11-28, before addresses and
 * business metrics moved to the other half). {@link SecondHalfSuite} takes every other {@code *IT},
 * so a new test always runs.
 */
@Suite
@SelectPackages("io.brandcloud")
@IncludeClassNamePatterns({FirstHalfSuite.CLUSTER, FirstHalfSuite.BROWSER, FirstHalfSuite.CHOSEN})
public class FirstHalfSuite {

  static final String CLUSTER = "^io\\.brandcloud\\.cluster\\.\\w+IT$";
  static final String BROWSER = "^io\\.brandcloud\\.it\\.browser\\.\\w+IT$";
  static final String CHOSEN = "^io\\.brandcloud\\.it\\.(Acc|AddOn|Api|Apps|Bi|Cr)\\w*IT$";
}
