package io.policylens.cli;

import io.policylens.api.ApiServer;
import io.policylens.api.ApiSettings;
import io.policylens.app.ApiActions;
import io.policylens.app.Cluster;
import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code policylens serve}: the HTTP API and the analyst page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the search API and the analyst page (http://127.0.0.1:8421/ by default) until Ctrl-C.",
        "Beyond loopback (--host 0.0.0.0), actions that change state need the token printed at start (or --token)."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8421", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Token for actions beyond loopback (default: a random one, printed).")
    String token;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        ApiSettings api = settings(host, port, token);
        try (EsConnection es = Cluster.connect(s, System.err::println);
             ApiServer server = Searchers.api(es, s, api, new ApiActions(null, es, s)).start()) {
            announce(server, api);
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /** The server's settings; beyond loopback without a token, a random one. */
    static ApiSettings settings(String host, int port, String token) {
        if (token == null && !"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
            byte[] b = new byte[18];
            new SecureRandom().nextBytes(b);
            token = HexFormat.of().formatHex(b);
        }
        return new ApiSettings(host, port, token);
    }

    static void announce(ApiServer server, ApiSettings api) {
        System.out.println("serving the analyst page at " + server.url() + " (API: " + server.url() + "api/openapi.json)");
        if (!api.onLoopback()) {
            System.out.println("actions need: Authorization: Bearer " + api.token());
        }
    }
}
