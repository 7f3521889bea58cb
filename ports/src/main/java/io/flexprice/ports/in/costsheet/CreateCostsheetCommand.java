package io.flexprice.ports.in.costsheet;

import java.util.Map;

/** A new costsheet; its prices are created afterwards as prices with entity type COSTSHEET. */
public record CreateCostsheetCommand(String name, String description, String lookupKey, Map<String, String> metadata) {
}
