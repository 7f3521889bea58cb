package io.flexprice.bootstrap.config;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.util.List;

/**
 * Dropwizard's view of the settings: the server and logging factories are derived from
 * {@link FlexpriceSettings} rather than configured in Dropwizard's own YAML shape, so that every key
 * keeps one name and one {@code FLEXPRICE_*} override.
 */
public final class FlexpriceConfiguration extends Configuration {

    private final FlexpriceSettings settings;

    public FlexpriceConfiguration(FlexpriceSettings settings) {
        this.settings = settings;
        DefaultServerFactory server = new DefaultServerFactory();
        server.setApplicationConnectors(List.of(connector(settings.serverAddress())));
        server.setAdminConnectors(List.of(connector(settings.adminAddress())));
        // our exception mappers write FlexPrice's error body for every failure
        server.setRegisterDefaultExceptionMappers(false);
        setServerFactory(server);
        DefaultLoggingFactory logging = new DefaultLoggingFactory();
        logging.setLevel(settings.logging().level().toUpperCase(java.util.Locale.ROOT));
        setLoggingFactory(logging);
    }

    public FlexpriceSettings settings() {
        return settings;
    }

    private static HttpConnectorFactory connector(HostPort address) {
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setBindHost(address.host());
        connector.setPort(address.port());
        return connector;
    }
}
