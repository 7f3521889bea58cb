package io.flexprice.adapters.storage.postgres.feature;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.FeatureRepositoryContract;
import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.metering.PostgresMeterRepository;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class PostgresFeatureRepositoryIT extends FeatureRepositoryContract {

    private final PostgresFeatureRepository repository =
            new PostgresFeatureRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresMeterRepository meters =
            new PostgresMeterRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected FeatureRepository repository() {
        return repository;
    }

    @Override
    protected MeterRepository meters() {
        return meters;
    }

    @Test
    void meterFromAnotherScopeIsRefused() {
        Scope scope = Fixtures.aScope();
        Meter meterElsewhere = Fixtures.aMeter(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                T0);
        meters.insert(meterElsewhere);
        Feature feature = Fixtures.aFeature(scope).meter(meterElsewhere.id()).build();

        assertThatThrownBy(() -> repository.insert(feature)).isInstanceOf(PersistenceException.class);
        assertThat(repository.findById(scope, feature.id())).isEmpty();
    }
}
