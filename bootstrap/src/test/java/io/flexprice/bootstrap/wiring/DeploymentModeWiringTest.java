package io.flexprice.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import io.dropwizard.configuration.ConfigurationException;
import io.flexprice.adapters.http.HttpComponents;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.bootstrap.config.DeploymentMode;
import io.flexprice.bootstrap.config.FlexpriceConfigurationFactory;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per deployment mode: its module list builds a complete injector, or the mode refuses to start. */
class DeploymentModeWiringTest {

    private static Injector injectorFor(DeploymentMode mode) {
        // a data source that connects on first use only: building the injector must not touch the database
        PostgresStorageModule storage = new PostgresStorageModule(new PostgresSessions(new PGSimpleDataSource()));
        return Guice.createInjector(Stage.PRODUCTION, ModeModules.forMode(mode, Clock.systemUTC(),
                new DropwizardModule(new MetricRegistry(), new HealthCheckRegistry()), storage));
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentMode.class, names = "LOCAL")
    void local_mode_binds_everything_its_resources_and_providers_need(DeploymentMode mode) {
        Injector injector = injectorFor(mode);

        // Stage.PRODUCTION has already built every singleton; now every HTTP component must be constructible
        HttpComponents.RESOURCES.forEach(type -> assertThat(injector.getInstance(type)).isNotNull());
        HttpComponents.PROVIDERS.forEach(type -> assertThat(injector.getInstance(type)).isNotNull());
        for (Map.Entry<Key<?>, Binding<?>> binding : injector.getBindings().entrySet()) {
            assertThat(injector.getInstance(binding.getKey())).as(binding.getKey().toString()).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentMode.class, names = {"API", "CONSUMER", "TEMPORAL_WORKER"})
    void modes_without_their_adapters_refuse_to_start_and_say_why(DeploymentMode mode) {
        assertThatThrownBy(() -> new FlexpriceConfigurationFactory(Map.of(
                "FLEXPRICE_DEPLOYMENT_MODE", mode.wireValue(),
                "FLEXPRICE_AUTH_BOOTSTRAP_API_KEY", "")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mode '" + mode.wireValue() + "' is not available in this build yet");
        assertThatThrownBy(() -> injectorFor(mode)).isInstanceOf(IllegalStateException.class);
    }
}
