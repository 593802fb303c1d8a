package io.policylens.node;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ManagedNodeTest {

    @Test
    void theDistributionIsFoundWhereMavenPutIt() throws Exception {
        Path zip = new ManagedNode(NodeSettings.defaults(Path.of("/tmp/h")), m -> { }).distribution();
        assertThat(zip.getFileName().toString()).isEqualTo("elasticsearch-8.19.21.zip");
    }
}
