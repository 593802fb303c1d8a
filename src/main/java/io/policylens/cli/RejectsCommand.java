package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.app.Settings;
import io.policylens.document.Rejection;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens rejects}: inputs that did not become documents, and why. */
@Command(name = "rejects", mixinStandardHelpOptions = true,
    description = "List rejected inputs with their reasons, newest first.")
final class RejectsCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        try (EsConnection es = Cluster.connectToRead(s, System.err::println)) {
            RejectionLog log = new RejectionLog(es.client(), new IndexLayout(es.client(), s.indexPrefix()));
            List<Rejection> list = log.list(limit);
            for (Rejection r : list) {
                System.out.println(r.at() + "\t" + r.stage() + "\t" + r.uri() + "\t" + r.reason());
            }
            System.out.println(log.count() + " rejected");
        }
        return 0;
    }
}
