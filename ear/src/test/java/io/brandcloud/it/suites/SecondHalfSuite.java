package io.brandcloud.it.suites;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every integration test {@link FirstHalfSuite} does not run, in the other Failsafe fork. */
@Suite
@SelectPackages("io.brandcloud")
@IncludeClassNamePatterns("^io\\.brandcloud\\..*IT$")
@ExcludeClassNamePatterns({FirstHalfSuite.CLUSTER, FirstHalfSuite.BROWSER, FirstHalfSuite.CHOSEN})
public class SecondHalfSuite {}
