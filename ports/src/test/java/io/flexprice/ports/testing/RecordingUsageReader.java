package io.flexprice.ports.testing;

import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.UsageReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Answers every query with one canned result and records the queries, so tests assert on what was asked. */
public final class RecordingUsageReader implements UsageReader {

    private final List<Scope> scopes = new ArrayList<>();
    private final List<UsageQuery> queries = new ArrayList<>();
    private UsageResult answer = new UsageResult(BigDecimal.ZERO, List.of());

    @Override
    public UsageResult read(Scope scope, UsageQuery query) {
        scopes.add(scope);
        queries.add(query);
        return answer;
    }

    public RecordingUsageReader answering(UsageResult result) {
        this.answer = result;
        return this;
    }

    /** The only query read; fails the test if there was not exactly one. */
    public UsageQuery onlyQuery() {
        if (queries.size() != 1) {
            throw new AssertionError("expected exactly one usage query, got " + queries);
        }
        return queries.get(0);
    }

    public List<UsageQuery> queries() {
        return List.copyOf(queries);
    }

    public List<Scope> scopes() {
        return List.copyOf(scopes);
    }
}
