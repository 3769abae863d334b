/**
 * Creating servers and driving them to running in the background: each step runs in its own
 * transaction with the tenant rebuilt from what the step carries, and unfinished work resumes after
 * a restart.
 */
package io.brandcloud.provisioning.servers.application;
