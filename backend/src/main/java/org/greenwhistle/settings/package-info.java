/**
 * Start-up settings: checks before the context refreshes that a start outside the demo profile has every setting it
 * needs (public address, secrets), and reports all missing or weak ones in one message instead of a stack trace.
 * Owns no tables.
 */
package org.greenwhistle.settings;
