package io.flexprice.bootstrap.config;

import io.dropwizard.configuration.ConfigurationException;
import java.util.Collection;

/** The configuration cannot run; every problem names its key. Dropwizard prints them and exits non-zero. */
public final class InvalidConfigurationException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String source, Collection<String> errors) {
        super(source, errors);
    }

    public InvalidConfigurationException(String source, Collection<String> errors, Throwable cause) {
        super(source, errors, cause);
    }
}
