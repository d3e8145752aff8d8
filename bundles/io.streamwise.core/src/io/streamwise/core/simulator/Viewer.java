package io.streamwise.core.simulator;

/**
 * A viewer's observable demographics.
 *
 * @param id         viewer id ("v00042")
 * @param ageBand    one of a fixed list of age bands ("25-34")
 * @param region     one of a fixed list of regions
 * @param occupation one of a fixed list of occupations
 */
public record Viewer(String id, String ageBand, String region, String occupation) {
}
