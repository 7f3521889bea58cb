package io.flexprice.domain.tenancy;

import java.util.Locale;

public enum EnvironmentType {
    DEVELOPMENT,
    PRODUCTION;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
