/**
 * Whole-application tests: each deploys the EAR the build produced to the provisioned WildFly
 * against the real PostgreSQL, with the test classes added to its web module.
 */
package io.brandcloud.it;
