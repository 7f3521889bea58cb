package io.flexprice.domain.addon;

import io.flexprice.domain.common.EntityId;

public record AddonId(String value) {

    public AddonId {
        EntityId.require(value, "addon_id");
    }

    public static AddonId of(String value) {
        return new AddonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
