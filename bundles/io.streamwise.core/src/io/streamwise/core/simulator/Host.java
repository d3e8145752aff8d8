package io.streamwise.core.simulator;

/**
 * A host (streamer).
 *
 * @param id           host id ("h03")
 * @param name         display name
 * @param specialty    the category the host mostly sells
 * @param audiencePull multiplier of viewers' attendance rate (log-normal around 1)
 */
public record Host(String id, String name, String specialty, double audiencePull) {
}
