package io.flexprice.domain.costsheet;

import io.flexprice.domain.common.EntityId;

public record CostsheetId(String value) {

    public CostsheetId {
        EntityId.require(value, "costsheet_id");
    }

    public static CostsheetId of(String value) {
        return new CostsheetId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
