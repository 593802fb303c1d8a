package io.policylens.cli;

/**
 * Marks a command that never talks to Elasticsearch: the cluster options every other command inherits from
 * {@link Main} are taken out of its parser and its help, so {@code extract --help} lists only what extract reads.
 */
interface WithoutCluster {
}
