package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import io.policylens.document.DocumentId;

import java.io.IOException;

/** Deletes documents an analyst asks to remove, visibly at once (the index is refreshed). Thread-safe. */
public final class DocumentRemover {

    private final ElasticsearchClient client;
    private final String alias;

    public DocumentRemover(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.DOCUMENTS);
    }

    /** @return false when there was no such document */
    public boolean delete(DocumentId id) throws IOException {
        return client.delete(d -> d.index(alias).id(id.value()).refresh(Refresh.True)).result() == Result.Deleted;
    }
}
