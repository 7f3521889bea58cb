package io.flexprice.ports.archfixture;

/** A port for {@code BadDomainFixture} to depend on (domain must not see ports). */
public interface PortFixture {

    /** A use case that is a class, against the naming rule. */
    final class ReadThingsUseCase {
    }
}
