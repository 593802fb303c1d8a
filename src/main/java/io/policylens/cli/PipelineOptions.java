package io.policylens.cli;

import io.policylens.pipelines.Pipelines;
import io.policylens.source.FetchSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options every command that loads the pipelines shares (a picocli mixin). */
final class PipelineOptions {

    @Option(names = "--pipelines", paramLabel = "DIR", defaultValue = "pipelines",
        description = "Folder of *.camel.yaml routes (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A placeholder value for the routes ({{NAME}}).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Per-request timeout, body included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
        description = "Retries of a page after a timeout, I/O error, 429 or 5xx (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--retry-backoff", paramLabel = "MILLIS", defaultValue = "2000",
        description = "Wait before the first retry, doubled each time (default: ${DEFAULT-VALUE}).")
    long backoffMillis;

    Pipelines.Options options(boolean schedules, Path inbox) {
        FetchSettings fetch = FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds))
            .withRetries(retries, Duration.ofMillis(backoffMillis));
        return new Pipelines.Options(dir, schedules, fetch, properties, inbox);
    }
}
