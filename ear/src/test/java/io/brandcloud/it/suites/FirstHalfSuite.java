package io.brandcloud.it.suites;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * One Failsafe fork's half of the integration tests: the two-node test, the browser tests and the
 * classes from A to C, about nine minutes run alone on 2 cores. {@link SecondHalfSuite} takes every
 * other {@code *IT}, so a new test always runs.
 */
@Suite
@SelectPackages("io.brandcloud")
@IncludeClassNamePatterns({FirstHalfSuite.CLUSTER, FirstHalfSuite.BROWSER, FirstHalfSuite.A_TO_C})
public class FirstHalfSuite {

  static final String CLUSTER = "^io\\.brandcloud\\.cluster\\.\\w+IT$";
  static final String BROWSER = "^io\\.brandcloud\\.it\\.browser\\.\\w+IT$";
  static final String A_TO_C = "^io\\.brandcloud\\.it\\.[A-C]\\w*IT$";
}
