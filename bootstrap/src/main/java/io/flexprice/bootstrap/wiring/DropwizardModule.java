package io.flexprice.bootstrap.wiring;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;

/** What the running Dropwizard environment lends to the adapters: its metric and health registries. */
public final class DropwizardModule extends AbstractModule {

    private final MetricRegistry metrics;
    private final HealthCheckRegistry healthChecks;

    public DropwizardModule(MetricRegistry metrics, HealthCheckRegistry healthChecks) {
        this.metrics = metrics;
        this.healthChecks = healthChecks;
    }

    @Override
    protected void configure() {
        bind(MetricRegistry.class).toInstance(metrics);
        bind(HealthCheckRegistry.class).toInstance(healthChecks);
    }
}
