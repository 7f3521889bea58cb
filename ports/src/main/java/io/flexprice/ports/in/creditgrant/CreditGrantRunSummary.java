package io.flexprice.ports.in.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrantApplication;
import java.util.List;

/** What one grant run did: the applications it applied, skipped and failed (each failure says why). */
public record CreditGrantRunSummary(List<CreditGrantApplication> applied, List<CreditGrantApplication> skipped,
                                    List<CreditGrantApplication> failed) {

    public CreditGrantRunSummary {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    public int total() {
        return applied.size() + skipped.size() + failed.size();
    }
}
