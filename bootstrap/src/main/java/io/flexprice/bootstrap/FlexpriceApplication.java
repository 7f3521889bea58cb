package io.flexprice.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.flexprice.adapters.http.HttpComponents;
import io.flexprice.adapters.http.JsonConfig;
import io.flexprice.bootstrap.billing.BillingLoopScheduler;
import io.flexprice.bootstrap.config.DeploymentMode;
import io.flexprice.bootstrap.config.FlexpriceConfiguration;
import io.flexprice.bootstrap.config.FlexpriceConfigurationFactory;
import io.flexprice.bootstrap.config.FlexpriceSettings;
import io.flexprice.bootstrap.wiring.DropwizardModule;
import io.flexprice.bootstrap.storage.PostgresLifecycle;
import io.flexprice.bootstrap.wiring.ModeModules;
import io.flexprice.bootstrap.wiring.PostgresStorageModule;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.creditgrant.ApplyDueCreditGrantsUseCase;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import io.flexprice.ports.in.tenancy.SeedLocalTenantUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one artifact of every deployment mode. {@code deployment.mode} ({@code FLEXPRICE_DEPLOYMENT_MODE})
 * picks the Guice modules; with no arguments the HTTP server starts on the built-in defaults.
 */
public final class FlexpriceApplication extends Application<FlexpriceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(FlexpriceApplication.class);

    private final Map<String, String> environment;
    private final Clock clock;
    private Injector injector;

    /** The application as the launcher runs it: the process's environment and UTC time. */
    public FlexpriceApplication() {
        this(System.getenv(), MicrosecondClock.systemUtc());
    }

    /** An application reading its overrides from {@code environment} instead of the process's. */
    public FlexpriceApplication(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    public static void main(String[] args) throws Exception {
        new FlexpriceApplication().run(args.length == 0 ? new String[] {"server"} : args);
    }

    @Override
    public String getName() {
        return "flexprice";
    }

    @Override
    public void initialize(Bootstrap<FlexpriceConfiguration> bootstrap) {
        bootstrap.setConfigurationFactoryFactory(
                (klass, validator, objectMapper, propertyPrefix) -> new FlexpriceConfigurationFactory(environment));
        JsonConfig.configure(bootstrap.getObjectMapper());
        bootstrap.addCommand(new DbCommand());
    }

    @Override
    public void run(FlexpriceConfiguration configuration, Environment dropwizard) {
        FlexpriceSettings settings = configuration.settings();
        DeploymentMode mode = settings.mode();
        PostgresLifecycle postgres = PostgresLifecycle.open(settings);
        dropwizard.lifecycle().manage(postgres);
        dropwizard.healthChecks().register("postgres", postgres.healthCheck());
        injector = Guice.createInjector(Stage.PRODUCTION, ModeModules.forMode(mode, clock,
                new DropwizardModule(dropwizard.metrics(), dropwizard.healthChecks()),
                new PostgresStorageModule(postgres.sessions())));
        if (ModeModules.servesApi(mode)) {
            HttpComponents.RESOURCES.forEach(type -> dropwizard.jersey().register(injector.getInstance(type)));
            HttpComponents.PROVIDERS.forEach(type -> dropwizard.jersey().register(injector.getInstance(type)));
        }
        if (mode == DeploymentMode.LOCAL) {
            Scope scope = injector.getInstance(SeedLocalTenantUseCase.class).seed(settings.auth().bootstrapApiKey());
            LOG.info("local mode: tenant {}, environment {}; the development API key is accepted",
                    scope.tenantId(), scope.environmentId());
            if (settings.billing().enabled()) {
                dropwizard.lifecycle().manage(new BillingLoopScheduler(
                        injector.getInstance(BillDueSubscriptionsUseCase.class),
                        injector.getInstance(ApplyDueCreditGrantsUseCase.class),
                        injector.getInstance(ExpireWalletCreditsUseCase.class), clock,
                        Duration.ofMillis(settings.billing().interval().toMilliseconds())));
            }
        }
        LOG.info("deployment mode {} started", mode.wireValue());
    }

    /** The injector of the running application, for tests that reach past HTTP. */
    public Injector injector() {
        return injector;
    }
}
