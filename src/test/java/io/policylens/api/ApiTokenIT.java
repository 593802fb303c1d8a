package io.policylens.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Beyond loopback, actions need the token; reading does not. */
class ApiTokenIT {

    @TempDir
    Path tmp;

    @Test
    void beyondLoopbackActionsNeedTheToken() throws Exception {
        assertThatThrownBy(() -> new ApiSettings("0.0.0.0", 0, null)).hasMessageContaining("token");
        AtomicInteger crawls = new AtomicInteger();
        String token = "0123456789abcdef0123";
        try (ApiFixture api = new ApiFixture(tmp, new ApiSettings("0.0.0.0", 0, token), new Actions() {
            @Override
            public String startCrawl(String name) {
                crawls.incrementAndGet();
                return "started";
            }

            @Override
            public boolean deleteDocument(String id) {
                return false;
            }
        })) {
            assertThat(api.get("/api/search?q=" + ApiFixture.q("创新")).statusCode()).isEqualTo(200);
            HttpRequest.Builder post = HttpRequest.newBuilder(api.uri("/api/crawls/zjkjt"))
                .POST(HttpRequest.BodyPublishers.noBody());
            assertThat(api.send(post).statusCode()).isEqualTo(401);
            assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/crawls/zjkjt")).header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
            assertThat(crawls.get()).isZero();
            assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/crawls/zjkjt")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(202);
            assertThat(crawls.get()).isEqualTo(1);
        }
    }
}
