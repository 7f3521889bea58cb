package io.flexprice.domain.archfixture;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.flexprice.ports.archfixture.PortFixture;
import java.time.Instant;
import java.util.UUID;

/** Deliberately breaks every domain rule; only {@code ArchitectureRulesCatchViolationsTest} imports it. */
public class BadDomainFixture {

    @JsonProperty
    public double amount;

    public PortFixture port;

    public Instant stamp() {
        return Instant.now();
    }

    public String id() {
        return UUID.randomUUID().toString();
    }
}
