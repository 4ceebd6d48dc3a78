/**
 * Runs Uplift locally without Docker: MongoDB-compatible storage in this JVM, a real Kafka broker, the
 * identity provider and the services as child processes. {@link tw.uplift.launcher.LocalSystem} is the
 * library entry point (used by the e2e tests); {@link tw.uplift.launcher.Main} is {@code ./uplift run}.
 */
package tw.uplift.launcher;
